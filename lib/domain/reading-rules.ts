// What makes a reading acceptable, wherever it comes from (form, API, CSV row). Pure rules.
import { isPeriodStart, periodStart, toIsoDate, utcDay, type Frequency } from "./periods";
import { kpiStatus } from "./scoring/score";
import type { Thresholds } from "./scoring/types";

const PERIOD_NAMES: Record<Frequency, string> = {
  weekly: "a Monday (the first day of an ISO week)",
  monthly: "the first day of a month",
  quarterly: "the first day of a quarter (1 Jan, 1 Apr, 1 Jul or 1 Oct)",
};

/**
 * Null when `period` names a period of this frequency that has begun by `today` (UTC); otherwise
 * the reason, phrased for the person entering it.
 */
export function periodProblem(period: Date, frequency: Frequency, today: Date): string | null {
  if (!isPeriodStart(period, frequency)) {
    return `Period must be ${PERIOD_NAMES[frequency]}; ${toIsoDate(period)} is not. Did you mean ${toIsoDate(periodStart(period, frequency))}?`;
  }
  if (period > utcDay(today)) return `Period ${toIsoDate(period)} is in the future`;
  return null;
}

/** A red reading must say what happened: the note is what the board reads first. */
export function noteRequired(thresholds: Thresholds, value: number): boolean {
  return kpiStatus(thresholds, value) === "red";
}

export type ReadingChange = "new" | "correction" | "unchanged";

/**
 * What writing `incoming` for a period would do, given the period's current version (if any).
 * Re-sending the same value and note changes nothing, so re-importing a file is harmless.
 */
export function classifyReading(current: { value: number; note: string } | null, incoming: { value: number; note: string }): ReadingChange {
  if (current === null) return "new";
  return current.value === incoming.value && current.note === incoming.note ? "unchanged" : "correction";
}
