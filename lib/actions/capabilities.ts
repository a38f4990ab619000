"use server";

import { redirect } from "next/navigation";
import { assessCapability, changeCapability, createCapabilityFor } from "@/lib/services/capabilities";
import { action, optionalNumber, revalidateEverywhere, type FormFields } from "./action";

const capabilityHref = (code: string) => `/capabilities/${encodeURIComponent(code)}`;
/** A picker's "none" is the empty option: null in the API's terms. */
const orNull = (fields: FormFields, name: string): string | null => (fields[name]?.trim() ? (fields[name] ?? null) : null);

const definition = (fields: FormFields) => ({
  name: fields.name ?? "",
  kind: fields.kind ?? "",
  description: fields.description ?? "",
  targetMaturity: optionalNumber(fields, "targetMaturity"),
  process: orNull(fields, "process"),
  ownerEmail: orNull(fields, "ownerEmail"),
});

export const createCapabilityAction = action({
  permission: "capability:manage",
  run: (fields, user) => createCapabilityFor(user, { code: fields.code ?? "", ...definition(fields) }),
  done: (capability) => {
    revalidateEverywhere();
    redirect(`${capabilityHref(capability.code)}?created=1`);
  },
});

export const changeCapabilityAction = action({
  permission: "capability:manage",
  run: (fields, user) => changeCapability(user, fields.code ?? "", { version: optionalNumber(fields, "version"), ...definition(fields) }),
  done: (capability) => {
    revalidateEverywhere();
    return `Saved. ${capability.name} is now at version ${capability.version}.`;
  },
});

export const archiveCapabilityAction = action({
  permission: "capability:manage",
  run: (fields, user) => changeCapability(user, fields.code ?? "", { version: optionalNumber(fields, "version"), archived: fields.archived === "true" }),
  done: (capability) => {
    revalidateEverywhere();
    redirect(`${capabilityHref(capability.code)}?${capability.archived ? "archived" : "restored"}=1`);
  },
});

export const assessCapabilityAction = action({
  permission: "capability:manage",
  run: (fields, user) =>
    assessCapability(user, fields.code ?? "", {
      assessedOn: fields.assessedOn ?? "",
      level: optionalNumber(fields, "level"),
      assessor: fields.assessor ?? "",
      evidence: fields.evidence ?? "",
    }),
  done: ({ assessment, capability }) => {
    revalidateEverywhere();
    const now =
      capability.currentMaturity === assessment.level ? "" : ` The current maturity stays ${capability.currentMaturity}: a later assessment is in force.`;
    return `Recorded level ${assessment.level} on ${assessment.assessedOn}.${now}`;
  },
});
