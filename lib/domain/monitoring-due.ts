// Whether a process's monitoring action has been carried out as often as its cadence asks. An action
// is owed once per calendar week, month or quarter, like a KPI reading, from the first whole period
// after it was set up; "overdue" means the period just ended went by without it being logged.
import { nextPeriod, periodEnd, periodStart, previousPeriod, utcDay, addDays, type Frequency } from "./periods";

export type MonitoringState = "done" | "due" | "overdue";

export interface MonitoringDue {
  state: MonitoringState;
  /** The last day to log it for the running period. */
  dueBy: Date;
  /** The first day it was overdue, when it is. */
  overdueSince: Date | null;
}

export interface MonitoringHistory {
  cadence: Frequency;
  /** The day the action was set up, or its cadence last changed. */
  startedOn: Date;
  /** The latest day it was logged as done, if ever. */
  lastDoneOn: Date | null;
}

/** The first period the action is owed for: the one it was set up in only if set up on its first day. */
export function firstOwedPeriod(cadence: Frequency, startedOn: Date): Date {
  const day = utcDay(startedOn);
  const start = periodStart(day, cadence);
  return start.getTime() === day.getTime() ? start : nextPeriod(start, cadence);
}

export function monitoringDue({ cadence, startedOn, lastDoneOn }: MonitoringHistory, today: Date): MonitoringDue {
  const current = periodStart(today, cadence);
  const firstOwed = firstOwedPeriod(cadence, startedOn);
  // Set up part-way through this period: nothing is owed before the end of the next one.
  const dueBy = periodEnd(firstOwed.getTime() > current.getTime() ? firstOwed : current, cadence);
  const done = lastDoneOn === null ? null : utcDay(lastDoneOn).getTime();
  if (done !== null && done >= current.getTime()) return { state: "done", dueBy, overdueSince: null };
  const previous = previousPeriod(current, cadence);
  const previousOwed = firstOwed.getTime() <= previous.getTime();
  if (previousOwed && (done === null || done < previous.getTime())) {
    // Overdue from the first owed period that went by without it, not only the last one.
    const afterDone = done === null ? firstOwed : nextPeriod(new Date(done), cadence);
    const missedFrom = afterDone.getTime() > firstOwed.getTime() ? afterDone : firstOwed;
    return { state: "overdue", dueBy, overdueSince: addDays(periodEnd(missedFrom, cadence), 1) };
  }
  return { state: "due", dueBy, overdueSince: null };
}
