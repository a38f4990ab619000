"use server";

import { redirect } from "next/navigation";
import { createKpi, updateKpi } from "@/lib/services/kpi-definitions";
import { action, revalidateEverywhere, optionalNumber, optionalText, type FormFields } from "./action";

/** A blank field is "none" (null), anything else Number(text), so the schema names a typo. */
const numberOrNull = (fields: FormFields, name: string) => optionalNumber(fields, name) ?? null;
const codeOrNull = (fields: FormFields, name: string) => optionalText(fields, name)?.trim() ?? null;

/** The definition as the form sends it: every field, blanks as null. */
function definitionOf(fields: FormFields) {
  return {
    name: fields.name ?? "",
    description: fields.description ?? "",
    scorecard: fields.scorecard ?? "",
    unit: fields.unit ?? "",
    direction: fields.direction ?? "",
    target: numberOrNull(fields, "target"),
    redFlag: numberOrNull(fields, "redFlag"),
    bandLow: numberOrNull(fields, "bandLow"),
    bandHigh: numberOrNull(fields, "bandHigh"),
    bandTolerance: numberOrNull(fields, "bandTolerance"),
    frequency: fields.frequency ?? "",
    indicatorType: fields.indicatorType ?? "",
    weight: optionalNumber(fields, "weight"),
    ownerEmail: fields.ownerEmail ?? "",
    businessFunction: codeOrNull(fields, "businessFunction"),
    businessPriority: codeOrNull(fields, "businessPriority"),
    processStep: codeOrNull(fields, "processStep"),
    capability: codeOrNull(fields, "capability"),
  };
}

export const createKpiAction = action({
  permission: "kpi:manage",
  run: (fields, user) => createKpi(user, { code: fields.code ?? "", layer: fields.layer ?? "", ...definitionOf(fields) }),
  done: (kpi) => {
    revalidateEverywhere();
    redirect(`/kpis/${encodeURIComponent(kpi.code)}`);
  },
});

export const updateKpiAction = action({
  permission: "kpi:manage",
  run: (fields, user) =>
    updateKpi(user, fields.code ?? "", { version: optionalNumber(fields, "version"), reason: optionalText(fields, "reason"), ...definitionOf(fields) }),
  done: (kpi) => {
    revalidateEverywhere();
    return `KPI ${kpi.code} saved as version ${kpi.version}.`;
  },
});

export const archiveKpiAction = action({
  permission: "kpi:manage",
  run: (fields, user) =>
    updateKpi(user, fields.code ?? "", {
      version: optionalNumber(fields, "version"),
      archived: fields.archived === "true",
      reason: optionalText(fields, "reason"),
    }),
  done: (kpi) => {
    revalidateEverywhere();
    return kpi.archived
      ? `KPI ${kpi.code} archived: it leaves the scorecards from today; its readings and past views stay. Restore it here at any time.`
      : `KPI ${kpi.code} restored: it is back on its scorecard.`;
  },
});
