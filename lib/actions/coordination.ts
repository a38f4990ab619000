"use server";

import { changeCoordination, createCoordinationFor } from "@/lib/services/coordination";
import { action, optionalNumber, revalidateEverywhere, type FormFields } from "./action";

const definition = (fields: FormFields) => ({
  name: fields.name ?? "",
  kind: fields.kind ?? "",
  purpose: fields.purpose ?? "",
  cadence: fields.cadence ?? "",
  // One participant per line; blank lines are dropped by the schema.
  participants: (fields.participants ?? "").split(/\r?\n/),
  leadEmail: fields.leadEmail?.trim() ? fields.leadEmail : null,
});

export const createCoordinationAction = action({
  permission: "process:update",
  run: (fields, user) => createCoordinationFor(user, { code: fields.code ?? "", process: fields.process ?? "", ...definition(fields) }),
  done: (mechanism) => {
    revalidateEverywhere();
    return `Added ${mechanism.name} (${mechanism.code}).`;
  },
});

export const changeCoordinationAction = action({
  permission: "process:update",
  run: (fields, user) => changeCoordination(user, fields.code ?? "", { version: optionalNumber(fields, "version"), ...definition(fields) }),
  done: (mechanism) => {
    revalidateEverywhere();
    return `Saved. ${mechanism.name} is now at version ${mechanism.version}.`;
  },
});

export const retireCoordinationAction = action({
  permission: "process:update",
  run: (fields, user) => changeCoordination(user, fields.code ?? "", { version: optionalNumber(fields, "version"), archived: true }),
  done: (mechanism) => {
    revalidateEverywhere();
    return `${mechanism.name} is retired; it stays on record.`;
  },
});
