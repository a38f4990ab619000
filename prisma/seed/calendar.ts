// Dates of the demo, all relative to the seed's `today` so the demo always looks current.
import { addDays, periodStart, utcDay } from "@/lib/domain/periods";

/** The seed's notion of today: a UTC midnight. */
export function seedToday(today: Date | undefined): Date {
  return utcDay(today ?? new Date());
}

/** The 1st (or `day`) of the month `months` before today's month. */
export function monthsBefore(today: Date, months: number, day = 1): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, day));
}

/** Start of the quarter `quarters` after (negative: before) the quarter containing today. */
export function quarterStart(today: Date, quarters: number): Date {
  const current = periodStart(today, "quarterly");
  return new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() + 3 * quarters, 1));
}

/**
 * The governance board meets on the first Tuesday of each month. A meeting `monthsAgo` months
 * back; never later than yesterday, so no decision lies in the future.
 */
export function boardMeeting(today: Date, monthsAgo: number): Date {
  const first = monthsBefore(today, monthsAgo);
  const toTuesday = (2 - first.getUTCDay() + 7) % 7;
  const meeting = addDays(first, toTuesday);
  const yesterday = addDays(today, -1);
  return meeting.getTime() > yesterday.getTime() ? yesterday : meeting;
}

/** A moment on `day` at the given UTC hour, for timestamps that should look like office hours. */
export function atHour(day: Date, hour: number): Date {
  return new Date(day.getTime() + hour * 3_600_000);
}

/** Months (of average length) from `date` back from `today`; positive when `date` is earlier. */
export function monthsAgo(today: Date, date: Date): number {
  return (today.getTime() - date.getTime()) / (30.4375 * 86_400_000);
}
