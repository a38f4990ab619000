// When a KPI's next reading is due, and whether it is overdue. A period's reading is due at the end
// of the period plus the same grace the scorecards allow before calling a KPI stale, so "overdue"
// here and "stale" on a scorecard always mean the same day (see scoring/staleness.ts).
import { addDays, lastCompletedPeriod, nextPeriod, previousPeriod, utcDay, type Frequency } from "./periods";
import { freshUntil } from "./scoring/staleness";

/** How far ahead a due date counts as "due soon": one working week of warning. */
export const DUE_SOON_DAYS = 7;

/**
 * overdue: a completed period has no reading and its due date has passed; due-soon: one is due
 * within DUE_SOON_DAYS; due: one is missing but not due for a while; up-to-date: none is missing.
 */
export type DueState = "overdue" | "due-soon" | "due" | "up-to-date";

export interface ReadingDue {
  state: DueState;
  /** The latest completed period: the one the owner should report now. */
  period: Date;
  /** When the oldest missing reading is (or was) due; null when up to date. */
  dueOn: Date | null;
  /** Completed periods without a reading since the latest one (at least 1 unless up to date). */
  missing: number;
}

/** The last day on which the reading for `period` is on time. */
export function dueDate(period: Date, frequency: Frequency): Date {
  // freshUntil(previous) is the end of `period` plus the grace: the staleness rule's own date.
  return freshUntil(frequency, previousPeriod(period, frequency));
}

/**
 * The due state on `today` of a KPI whose newest reading is for `latestPeriod` (null: none yet).
 * A KPI never read owes only its latest completed period: older ones predate its reporting.
 */
export function readingDue(frequency: Frequency, latestPeriod: Date | null, today: Date): ReadingDue {
  const day = utcDay(today);
  const period = lastCompletedPeriod(day, frequency);
  const oldestMissing = latestPeriod === null ? period : nextPeriod(latestPeriod, frequency);
  if (oldestMissing.getTime() > period.getTime()) return { state: "up-to-date", period, dueOn: null, missing: 0 };

  const missing = countPeriods(oldestMissing, period, frequency);
  const dueOn = dueDate(oldestMissing, frequency);
  if (day.getTime() > dueOn.getTime()) return { state: "overdue", period, dueOn, missing };
  const soon = addDays(day, DUE_SOON_DAYS).getTime() >= dueOn.getTime();
  return { state: soon ? "due-soon" : "due", period, dueOn, missing };
}

function countPeriods(from: Date, to: Date, frequency: Frequency): number {
  let count = 0;
  for (let p = from; p.getTime() <= to.getTime(); p = nextPeriod(p, frequency)) count += 1;
  return count;
}

const STATE_ORDER: Record<DueState, number> = { overdue: 0, "due-soon": 1, due: 2, "up-to-date": 3 };

/** Most urgent first: overdue before due soon, and within a state the earliest due date first. */
export function compareDue(a: ReadingDue, b: ReadingDue): number {
  const dueAt = (due: ReadingDue) => due.dueOn?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return STATE_ORDER[a.state] - STATE_ORDER[b.state] || dueAt(a) - dueAt(b);
}
