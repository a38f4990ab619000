// Staleness: the reading for the period after the latest one is overdue (docs/scoring.md § Staleness).
import { addDays, nextPeriod, periodEnd, utcDay, type Frequency } from "../periods";

/**
 * Days after the end of the next period before its missing reading makes the KPI stale: time for
 * the owner to gather and enter it, longer for the slower, heavier-to-compile frequencies.
 */
export const GRACE_DAYS: Readonly<Record<Frequency, number>> = { weekly: 3, monthly: 10, quarterly: 20 };

/** The last day on which a KPI whose newest reading is for `latestPeriod` still counts as current. */
export function freshUntil(frequency: Frequency, latestPeriod: Date): Date {
  return addDays(periodEnd(nextPeriod(latestPeriod, frequency), frequency), GRACE_DAYS[frequency]);
}

/**
 * True when, on the as-of day, the reading for the period after `latestPeriod` is overdue beyond
 * the grace. A KPI without any reading is not stale: its status is "none", which says more.
 */
export function isStale(kpi: { frequency: Frequency }, latestPeriod: Date | null, asOf: Date): boolean {
  if (latestPeriod === null) return false;
  return utcDay(asOf).getTime() > freshUntil(kpi.frequency, latestPeriod).getTime();
}
