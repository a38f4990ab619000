"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { decideInitiative } from "@/lib/db/initiative-decisions";
import { addComment, proposeInitiative, type FieldError } from "@/lib/db/initiatives";
import { setCapacity } from "@/lib/db/board-capacity";
import type { FormState } from "./form-state";

// Forms send text; the db functions validate with the same zod schemas as the API, so these
// actions only reshape the form into that input and say the result in the form's terms.

const asNumber = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === "" ? undefined : Number(value));
const asText = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === "" ? undefined : String(value));

function fieldState(errors: FieldError[], values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const error of errors) fieldErrors[error.field.replace(/^kpis\.\d+\./, "")] ??= error.message;
  return { status: "error", message: "Check the highlighted fields.", fieldErrors, values };
}

function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export async function proposeInitiativeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again.", values };
  const kpiCode = asText(form.get("kpiCode"));
  const input = {
    title: asText(form.get("title")) ?? "",
    problem: asText(form.get("problem")) ?? "",
    rootCause: asText(form.get("rootCause")),
    methodology: asText(form.get("methodology")),
    stream: asText(form.get("stream")),
    businessFunction: asText(form.get("businessFunction")),
    effortWeeks: asNumber(form.get("effortWeeks")),
    timeCriticality: asNumber(form.get("timeCriticality")),
    riskReduction: asNumber(form.get("riskReduction")),
    targetDate: asText(form.get("targetDate")),
    dmaicPhase: asText(form.get("dmaicPhase")),
    orchestration: asText(form.get("orchestration")),
    kpis: kpiCode ? [{ code: kpiCode, expectedImprovement: asNumber(form.get("expectedImprovement")) }] : [],
  };
  const result = await proposeInitiative(user, input);
  if (result.kind === "invalid") return fieldState(result.errors, values);
  if (result.kind !== "ok") return { status: "error", message: result.message, values };
  revalidatePath("/backlog");
  redirect(`/backlog/${result.initiative.id}?proposed=1`);
}

/** One board decision (or an owner's start/complete) on one initiative, bound to its id. */
export async function decideInitiativeAction(initiativeId: number, _previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again.", values };
  if (!Number.isInteger(initiativeId) || initiativeId <= 0) return { status: "error", message: "This initiative does not exist.", values };
  const result = await decideInitiative(user, initiativeId, {
    decision: asText(form.get("decision")),
    rationale: asText(form.get("rationale")) ?? "",
    meetingDate: asText(form.get("meetingDate")),
    version: asNumber(form.get("version")),
    rank: asNumber(form.get("rank")),
  });
  if (result.kind === "invalid") return fieldState(result.errors, values);
  if (result.kind !== "ok") return { status: "error", message: result.message, values };
  revalidatePath("/backlog");
  revalidatePath(`/backlog/${initiativeId}`);
  return { status: "success", message: `Recorded: ${result.decision.decision}. The initiative is now ${result.initiative.status.replace("_", " ")}.` };
}

export async function commentOnInitiativeAction(initiativeId: number, _previous: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again." };
  if (!Number.isInteger(initiativeId) || initiativeId <= 0) return { status: "error", message: "This initiative does not exist." };
  const result = await addComment(user, initiativeId, asText(form.get("body")) ?? "");
  if (result.kind === "invalid") return fieldState(result.errors, formValues(form));
  if (result.kind !== "ok") return { status: "error", message: result.message };
  revalidatePath(`/backlog/${initiativeId}`);
  return { status: "success", message: "Comment added." };
}

export async function setCapacityAction(quarterStart: string, _previous: FormState, form: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again." };
  const weeks = asNumber(form.get("personWeeks"));
  if (weeks === undefined || !Number.isFinite(weeks)) return { status: "error", message: "Give the person-weeks available.", fieldErrors: { personWeeks: "Person-weeks must be a number" } };
  const result = await setCapacity(user, quarterStart, weeks);
  if (result.kind === "invalid") return fieldState(result.errors, formValues(form));
  if (result.kind !== "ok") return { status: "error", message: result.message };
  revalidatePath("/backlog");
  return { status: "success", message: `Capacity set to ${weeks} person-weeks.` };
}
