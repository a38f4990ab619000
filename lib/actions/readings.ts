"use server";

import { revalidatePath } from "next/cache";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, ForbiddenError } from "@/lib/auth/permissions";
import { recordReading } from "@/lib/db/record-reading";
import { formatDate, formatValue } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import type { FormState } from "./form-state";

const FIELDS = ["period", "value", "note", "reason"] as const;

/**
 * Enters a reading for `kpiCode` from the form on the KPI's page (bound there). Authorisation is
 * the KPI's own: recordReading refuses anyone who does not own it, unless an administrator.
 */
export async function enterReadingAction(kpiCode: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, stringField(form, field)]));
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again.", values };
  if (!can(user, "reading:write")) return { status: "error", message: new ForbiddenError("reading:write").message, values };

  // The bound code comes back from the browser, so it is as untrusted as the fields.
  const code = codeParamSchema.safeParse(kpiCode);
  if (!code.success) return { status: "error", message: "This KPI does not exist.", values };
  // An empty reason is "none given", so a first reading does not carry a blank one.
  const input = { ...values, reason: values.reason || undefined };
  const result = await recordReading(user, code.data, input, "manual");
  switch (result.kind) {
    case "created":
    case "unchanged": {
      revalidatePath(kpiHref(result.kpi.code));
      revalidatePath("/kpis/mine");
      const { reading } = result;
      const what = `${formatValue(reading.value, result.kpi.unit)} for ${formatDate(reading.period)}`;
      if (result.kind === "unchanged") return { status: "success", message: `${what} was already recorded; nothing changed.` };
      return { status: "success", message: result.correction ? `Corrected to ${what} (version ${reading.version}).` : `Saved ${what}.` };
    }
    case "invalid": {
      const fieldErrors = Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
      return { status: "error", message: "Check the highlighted fields.", fieldErrors, values };
    }
    case "not-found":
    case "forbidden":
    case "conflict":
      return { status: "error", message: result.message, values };
  }
}

function stringField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
