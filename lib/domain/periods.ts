// Reporting periods of KPI readings. A period is named by its first day, as a UTC-midnight Date:
// weekly = the Monday of the ISO week, monthly = the 1st, quarterly = 1 Jan/Apr/Jul/Oct.
// Everything here is UTC so that a reading's period never shifts with the server's time zone.

import type { Frequency } from "./enums";

// Frequency lives in ./enums; re-exported because the period rules' callers know it from here.
export type { Frequency } from "./enums";

const DAY_MS = 86_400_000;

function assertValid(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
}

/** The UTC calendar day of `date` (time of day dropped). */
export function utcDay(date: Date): Date {
  assertValid(date);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  assertValid(date);
  return new Date(date.getTime() + days * DAY_MS);
}

/** First day of the period that contains `date`. */
export function periodStart(date: Date, frequency: Frequency): Date {
  const day = utcDay(date);
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  switch (frequency) {
    case "weekly": {
      // getUTCDay: Sunday = 0; ISO weeks start on Monday.
      const sinceMonday = (day.getUTCDay() + 6) % 7;
      return addDays(day, -sinceMonday);
    }
    case "monthly":
      return new Date(Date.UTC(year, month, 1));
    case "quarterly":
      return new Date(Date.UTC(year, month - (month % 3), 1));
  }
}

export function isPeriodStart(date: Date, frequency: Frequency): boolean {
  assertValid(date);
  return periodStart(date, frequency).getTime() === date.getTime();
}

/** First day of the period after the one containing `period`. */
export function nextPeriod(period: Date, frequency: Frequency): Date {
  return shiftPeriods(period, frequency, 1);
}

/** First day of the period before the one containing `period`. */
export function previousPeriod(period: Date, frequency: Frequency): Date {
  return shiftPeriods(period, frequency, -1);
}

/** First day of the period `count` periods after (negative: before) the one containing `date`. */
export function shiftPeriods(date: Date, frequency: Frequency, count: number): Date {
  const start = periodStart(date, frequency);
  if (frequency === "weekly") return addDays(start, 7 * count);
  const months = frequency === "monthly" ? count : 3 * count;
  // Date.UTC normalises month overflow (month 13 → January of the next year).
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
}

/** Last day (UTC midnight) of the period containing `period`. */
export function periodEnd(period: Date, frequency: Frequency): Date {
  return addDays(nextPeriod(period, frequency), -1);
}

/**
 * The latest period that is over before `today`: the period containing `today` is still
 * running (today is not over), so it is the one before that.
 */
export function lastCompletedPeriod(today: Date, frequency: Frequency): Date {
  return previousPeriod(today, frequency);
}

/** Starts of every period that overlaps [from, to], both inclusive, oldest first. */
export function periodsBetween(from: Date, to: Date, frequency: Frequency): Date[] {
  const last = utcDay(to).getTime();
  const periods: Date[] = [];
  for (let period = periodStart(from, frequency); period.getTime() <= last; period = nextPeriod(period, frequency)) {
    periods.push(period);
  }
  return periods;
}

/** "YYYY-MM-DD" of the UTC day. */
export function toIsoDate(date: Date): string {
  assertValid(date);
  return date.toISOString().slice(0, 10);
}

/** Parses "YYYY-MM-DD" as UTC midnight; throws on anything else (including 2024-02-30). */
export function fromIsoDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Not an ISO date: ${text}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (toIsoDate(date) !== text) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}
