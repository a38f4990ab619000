// Entering one reading for a KPI, whoever sends it (the form, the API): the same rules, the same
// refusals, the same audit. Answers with a result rather than throwing, so each caller can say
// it in its own terms (field errors on a form, a problem document over HTTP).
import type { ReadingSource } from "@/lib/generated/prisma/client";
import { can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/domain/periods";
import { formatValue } from "@/lib/format";
import { classifyReading, noteRequired, periodProblem } from "@/lib/domain/reading-rules";
import { readingInputSchema, type ReadingInput } from "@/lib/schemas/reading";
import { getKpiForReading, type KpiForReading } from "./kpis";
import { appendReading, CorrectionNeedsReasonError, getCurrentReading } from "./readings";

export interface FieldError {
  field: string;
  message: string;
}

type CurrentReading = NonNullable<Awaited<ReturnType<typeof getCurrentReading>>>;

export type RecordReadingResult =
  | { kind: "created"; kpi: KpiForReading; reading: CurrentReading; correction: boolean }
  | { kind: "unchanged"; kpi: KpiForReading; reading: CurrentReading }
  | { kind: "not-found"; message: string }
  | { kind: "forbidden"; message: string }
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "conflict"; message: string };

/**
 * Records `input` (as sent: strings or JSON values) for the KPI with `kpiCode`. The actor is
 * authorised against the KPI's owner before its input is looked at, so someone who may not write
 * this KPI learns nothing from validation messages.
 */
export async function recordReading(actor: Actor, kpiCode: string, input: unknown, source: ReadingSource, today = new Date()): Promise<RecordReadingResult> {
  const kpi = await getKpiForReading(kpiCode);
  if (!kpi) return { kind: "not-found", message: `There is no KPI with code '${kpiCode}'.` };
  if (!can(actor, "reading:write", { ownerId: kpi.ownerId })) return { kind: "forbidden", message: new ForbiddenError("reading:write").message };

  const parsed = readingInputSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", errors: fieldErrors(parsed.error.issues, kpi.unit) };
  const reading = parsed.data;
  const current = await getCurrentReading(kpi.id, reading.period);
  const change = classifyReading(current, reading);
  if (current && change === "unchanged") return { kind: "unchanged", kpi, reading: current };

  const errors = ruleErrors(kpi, reading, current, today);
  if (errors.length > 0) return { kind: "invalid", errors };
  return write(actor, kpi, reading, source, current !== null);
}

function ruleErrors(kpi: KpiForReading, reading: ReadingInput, current: CurrentReading | null, today: Date): FieldError[] {
  const errors: FieldError[] = [];
  const period = periodProblem(reading.period, kpi.frequency, today);
  if (period) errors.push({ field: "period", message: period });
  if (noteRequired(kpi, reading.value) && reading.note === "") {
    errors.push({ field: "note", message: `${formatValue(reading.value, kpi.unit)} is past the red flag: a note saying what happened is required` });
  }
  if (current && !reading.reason) errors.push({ field: "reason", message: correctionPrompt(current, kpi.unit) });
  return errors;
}

/** What the person correcting needs to see: what they are about to supersede, and by whom. */
export function correctionPrompt(current: CurrentReading, unit: string): string {
  const who = current.enteredBy?.name ?? "an import";
  return `This period already has a reading of ${formatValue(current.value, unit)} entered by ${who} on ${toIsoDate(current.enteredAt)}: give a reason for the correction`;
}

async function write(actor: Actor, kpi: KpiForReading, reading: ReadingInput, source: ReadingSource, correction: boolean): Promise<RecordReadingResult> {
  try {
    const created = await appendReading({ kpiId: kpi.id, ...reading, source, enteredById: actor.id });
    const stored = await getCurrentReading(kpi.id, created.period);
    if (!stored) throw new Error(`reading ${created.id} vanished after it was written`);
    return { kind: "created", kpi, reading: stored, correction };
  } catch (error) {
    // Someone else wrote this period between our read and our write: their value now counts.
    if (error instanceof CorrectionNeedsReasonError) {
      const current = await getCurrentReading(kpi.id, reading.period);
      return { kind: "invalid", errors: [{ field: "reason", message: current ? correctionPrompt(current, kpi.unit) : error.message }] };
    }
    if (isUniqueViolation(error)) return { kind: "conflict", message: "Someone else entered a reading for this period at the same moment. Reload and try again." };
    throw error;
  }
}

function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[], unit: string): FieldError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "body");
    const message = field === "value" && unit ? `${issue.message} (in ${unit})` : issue.message;
    if (!errors.has(field)) errors.set(field, message);
  }
  return [...errors].map(([field, message]) => ({ field, message }));
}

/** Prisma's P2002: the (kpi, period, version) index refused a second writer of the same version. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
