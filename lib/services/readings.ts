// Entering one reading for a KPI, whoever sends it (the form, the API): the same rules, the same
// refusals, the same audit.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { getKpiForReading, type KpiForReading } from "@/lib/db/kpis";
import { appendReading, CorrectionNeedsReasonError, getCurrentReading } from "@/lib/db/readings";
import { isUniqueViolation } from "@/lib/db/errors";
import { toIsoDate } from "@/lib/domain/periods";
import { classifyReading, noteRequired, periodProblem } from "@/lib/domain/reading-rules";
import { formatValue } from "@/lib/format";
import { conflict, invalid, invalidAt, notFound, ok, refuse, type FieldProblem, type Result } from "@/lib/refusal";
import type { ReadingSource } from "@/lib/domain/enums";
import { readingInputSchema, type ReadingInput } from "@/lib/schemas/reading";
import { zodProblems } from "@/lib/schemas/problems";

type CurrentReading = NonNullable<Awaited<ReturnType<typeof getCurrentReading>>>;

export interface RecordedReading {
  /** unchanged: the period already holds exactly this value and note, and nothing was written. */
  change: "created" | "unchanged";
  kpi: KpiForReading;
  reading: CurrentReading;
  correction: boolean;
}

const REFUSED = "The reading was refused; `errors` names each field.";

/**
 * Records `input` (as sent: strings or JSON values) for the KPI with `kpiCode`. The actor is
 * authorised against the KPI's owner before its input is looked at, so someone who may not write
 * this KPI learns nothing from validation messages.
 */
export async function recordReading(
  actor: Actor,
  kpiCode: string,
  input: unknown,
  source: ReadingSource,
  today = new Date(),
): Promise<Result<RecordedReading>> {
  const kpi = await getKpiForReading(kpiCode);
  if (!kpi) return refuse(notFound(`There is no KPI with code '${kpiCode}'.`));
  if (!can(actor, "reading:write", { ownerId: kpi.ownerId })) return refuse(notPermitted("reading:write"));

  const parsed = readingInputSchema.safeParse(input);
  if (!parsed.success) return refuse(invalid(withUnit(zodProblems(parsed.error), kpi.unit), REFUSED));
  const reading = parsed.data;
  const current = await getCurrentReading(kpi.id, reading.period);
  const change = classifyReading(current, reading);
  if (current && change === "unchanged") return ok({ change: "unchanged", kpi, reading: current, correction: false });

  const errors = ruleProblems(kpi, reading, current, today);
  if (errors.length > 0) return refuse(invalid(errors, REFUSED));
  return write(actor, kpi, reading, source, current !== null);
}

function ruleProblems(kpi: KpiForReading, reading: ReadingInput, current: CurrentReading | null, today: Date): FieldProblem[] {
  const errors: FieldProblem[] = [];
  const period = periodProblem(reading.period, kpi.frequency, today);
  if (period) errors.push({ path: "period", message: period });
  if (noteRequired(kpi, reading.value) && reading.note === "") {
    errors.push({ path: "note", message: `${formatValue(reading.value, kpi.unit)} is past the red flag: a note saying what happened is required` });
  }
  if (current && !reading.reason) errors.push({ path: "reason", message: correctionPrompt(current, kpi.unit) });
  return errors;
}

/** What the person correcting needs to see: what they are about to supersede, and by whom. */
function correctionPrompt(current: CurrentReading, unit: string): string {
  const who = current.enteredBy?.name ?? "an import";
  return `This period already has a reading of ${formatValue(current.value, unit)} entered by ${who} on ${toIsoDate(current.enteredAt)}: give a reason for the correction`;
}

async function write(actor: Actor, kpi: KpiForReading, reading: ReadingInput, source: ReadingSource, correction: boolean): Promise<Result<RecordedReading>> {
  try {
    const created = await appendReading({ kpiId: kpi.id, ...reading, source, enteredById: actor.id });
    const stored = await getCurrentReading(kpi.id, created.period);
    if (!stored) throw new Error(`reading ${created.id} vanished after it was written`);
    return ok({ change: "created", kpi, reading: stored, correction });
  } catch (error) {
    // Someone else wrote this period between our read and our write: their value now counts.
    if (error instanceof CorrectionNeedsReasonError) {
      const current = await getCurrentReading(kpi.id, reading.period);
      return refuse(invalidAt("reason", current ? correctionPrompt(current, kpi.unit) : error.message, REFUSED));
    }
    if (isUniqueViolation(error)) return refuse(conflict("Someone else entered a reading for this period at the same moment. Reload and try again."));
    throw error;
  }
}

/** A value refused by the schema is said in the KPI's unit, so "must be a number" says which. */
function withUnit(errors: FieldProblem[], unit: string): FieldProblem[] {
  return unit ? errors.map((error) => (error.path === "value" ? { ...error, message: `${error.message} (in ${unit})` } : error)) : errors;
}
