"use server";

import { revalidatePath } from "next/cache";
import { formatDate, formatValue } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import { notFound, refuse } from "@/lib/refusal";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { recordReading } from "@/lib/services/readings";
import { action } from "./action";

/**
 * Enters a reading for the KPI named by the hidden kpiCode field, from the form on the KPI's page.
 * The role check is the wrapper's; recordReading refuses anyone who does not own this KPI (admins
 * excepted) before it looks at the values.
 */
export const enterReadingAction = action({
  permission: "reading:write",
  run: (fields, user) => {
    const code = parseCodeParam(fields.kpiCode ?? "");
    if (code === null) return Promise.resolve(refuse(notFound("This KPI does not exist.")));
    // An empty reason is "none given", so a first reading does not carry a blank one.
    const { period = "", value = "", note = "", reason } = fields;
    return recordReading(user, code, { period, value, note, reason: reason || undefined }, "manual");
  },
  done: ({ change, kpi, reading, correction }) => {
    revalidatePath(kpiHref(kpi.code));
    revalidatePath("/kpis/mine");
    const what = `${formatValue(reading.value, kpi.unit)} for ${formatDate(reading.period)}`;
    if (change === "unchanged") return `${what} was already recorded; nothing changed.`;
    return correction ? `Corrected to ${what} (version ${reading.version}).` : `Saved ${what}.`;
  },
});
