"use server";

import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { createPriorityFor, updatePriority } from "@/lib/services/priorities";
import { action, revalidateEverywhere, optionalNumber, optionalText, type FormFields } from "./action";

/** A blank end date is an open-ended priority. */
const endsOn = (fields: FormFields) => optionalText(fields, "endsOn") ?? null;

export const createPriorityAction = action({
  permission: "priority:manage",
  run: (fields, user) =>
    createPriorityFor(user, {
      code: fields.code ?? "",
      title: fields.title ?? "",
      description: fields.description ?? "",
      businessFunction: optionalText(fields, "businessFunction") ?? null,
      weight: optionalNumber(fields, "weight"),
      startsOn: fields.startsOn ?? "",
      endsOn: endsOn(fields),
    }),
  done: (priority) => {
    revalidateEverywhere();
    return `Priority ${priority.code} created. Anchor demand KPIs in it so it is measured.`;
  },
});

export const updatePriorityAction = action({
  permission: "priority:manage",
  run: (fields, user) =>
    updatePriority(user, fields.code ?? "", {
      version: optionalNumber(fields, "version"),
      title: fields.title ?? "",
      description: fields.description ?? "",
      weight: optionalNumber(fields, "weight"),
      startsOn: fields.startsOn ?? "",
      endsOn: endsOn(fields),
    }),
  done: (priority) => {
    revalidateEverywhere();
    return `Priority ${priority.code} saved.`;
  },
});

/** Ends the priority yesterday, so from today its KPIs are not anchored; past days keep it. */
export const endPriorityAction = action({
  permission: "priority:manage",
  run: (fields, user) =>
    updatePriority(user, fields.code ?? "", { version: optionalNumber(fields, "version"), endsOn: toIsoDate(addDays(utcDay(new Date()), -1)) }),
  done: (priority) => {
    revalidateEverywhere();
    return `Priority ${priority.code} no longer counts from today; scorecards of earlier days still show it. You can reopen it today by clearing its end date.`;
  },
});
