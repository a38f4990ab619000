import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FREQUENCIES } from "@/lib/domain/enums";
import {
  fromIsoDate,
  isPeriodStart,
  lastCompletedPeriod,
  nextPeriod,
  periodEnd,
  periodsBetween,
  periodStart,
  previousPeriod,
  shiftPeriods,
  toIsoDate,
  type Frequency,
} from "@/lib/domain/periods";

const d = (iso: string) => fromIsoDate(iso);
const iso = (date: Date) => toIsoDate(date);

describe("periodStart", () => {
  it.each([
    ["2024-01-01", "weekly", "2024-01-01"], // a Monday
    ["2024-01-07", "weekly", "2024-01-01"], // Sunday belongs to the week before (ISO)
    ["2024-01-08", "weekly", "2024-01-08"],
    ["2024-01-03", "weekly", "2024-01-01"],
    ["2025-01-01", "weekly", "2024-12-30"], // ISO week 1 of 2025 starts in 2024
    ["2024-03-01", "weekly", "2024-02-26"], // across a leap February
    ["2024-02-29", "monthly", "2024-02-01"],
    ["2024-12-31", "monthly", "2024-12-01"],
    ["2024-01-01", "monthly", "2024-01-01"],
    ["2024-03-31", "quarterly", "2024-01-01"],
    ["2024-04-01", "quarterly", "2024-04-01"],
    ["2024-06-15", "quarterly", "2024-04-01"],
    ["2024-09-30", "quarterly", "2024-07-01"],
    ["2024-11-02", "quarterly", "2024-10-01"],
  ] as const)("%s %s → %s", (date, frequency, expected) => {
    expect(iso(periodStart(d(date), frequency))).toBe(expected);
  });

  it("ignores the time of day and uses UTC", () => {
    expect(iso(periodStart(new Date("2024-05-31T23:59:59.999Z"), "monthly"))).toBe("2024-05-01");
    expect(iso(periodStart(new Date("2024-06-01T00:00:00.000Z"), "monthly"))).toBe("2024-06-01");
    expect(iso(periodStart(new Date("2024-01-07T23:30:00Z"), "weekly"))).toBe("2024-01-01");
    expect(periodStart(new Date("2024-01-10T15:00:00Z"), "weekly").getUTCHours()).toBe(0);
  });

  it("refuses an invalid date", () => {
    expect(() => periodStart(new Date("nope"), "weekly")).toThrow(RangeError);
  });
});

describe("isPeriodStart", () => {
  it.each([
    ["2024-01-01", "weekly", true],
    ["2024-01-02", "weekly", false],
    ["2024-07-01", "monthly", true],
    ["2024-07-02", "monthly", false],
    ["2024-07-01", "quarterly", true],
    ["2024-08-01", "quarterly", false],
  ] as const)("%s %s → %s", (date, frequency, expected) => {
    expect(isPeriodStart(d(date), frequency)).toBe(expected);
  });

  it("is false for a period's first day at a time other than midnight", () => {
    expect(isPeriodStart(new Date("2024-07-01T08:00:00Z"), "monthly")).toBe(false);
  });
});

describe("nextPeriod, previousPeriod and shiftPeriods", () => {
  it.each([
    ["2024-12-30", "weekly", "2025-01-06"],
    ["2024-02-26", "weekly", "2024-03-04"],
    ["2024-12-01", "monthly", "2025-01-01"],
    ["2024-01-31", "monthly", "2024-02-01"], // from inside a period: the next one's start
    ["2024-10-01", "quarterly", "2025-01-01"],
    ["2024-05-20", "quarterly", "2024-07-01"],
  ] as const)("next of %s %s → %s", (date, frequency, expected) => {
    expect(iso(nextPeriod(d(date), frequency))).toBe(expected);
  });

  it.each([
    ["2025-01-06", "weekly", "2024-12-30"],
    ["2025-01-01", "monthly", "2024-12-01"],
    ["2025-01-01", "quarterly", "2024-10-01"],
    ["2024-03-15", "monthly", "2024-02-01"],
  ] as const)("previous of %s %s → %s", (date, frequency, expected) => {
    expect(iso(previousPeriod(d(date), frequency))).toBe(expected);
  });

  it("shifts by several periods either way", () => {
    expect(iso(shiftPeriods(d("2024-01-15"), "monthly", 13))).toBe("2025-02-01");
    expect(iso(shiftPeriods(d("2024-01-15"), "quarterly", -5))).toBe("2022-10-01");
    expect(iso(shiftPeriods(d("2024-01-03"), "weekly", -52))).toBe("2023-01-02");
    expect(iso(shiftPeriods(d("2024-01-03"), "weekly", 0))).toBe("2024-01-01");
  });
});

describe("periodEnd", () => {
  it.each([
    ["2024-01-01", "weekly", "2024-01-07"],
    ["2024-02-01", "monthly", "2024-02-29"],
    ["2023-02-01", "monthly", "2023-02-28"],
    ["2024-04-01", "monthly", "2024-04-30"],
    ["2024-10-01", "quarterly", "2024-12-31"],
    ["2024-01-01", "quarterly", "2024-03-31"],
    ["2024-12-30", "weekly", "2025-01-05"],
  ] as const)("%s %s → %s", (date, frequency, expected) => {
    expect(iso(periodEnd(d(date), frequency))).toBe(expected);
  });
});

describe("lastCompletedPeriod", () => {
  it.each([
    ["2024-06-12", "weekly", "2024-06-03"], // Wednesday: this week is running
    ["2024-06-10", "weekly", "2024-06-03"], // Monday: last week ended yesterday
    ["2024-06-09", "weekly", "2024-05-27"], // Sunday: its week is not over yet
    ["2024-06-01", "monthly", "2024-05-01"],
    ["2024-06-30", "monthly", "2024-05-01"],
    ["2024-01-01", "quarterly", "2023-10-01"],
    ["2024-03-31", "quarterly", "2023-10-01"],
    ["2024-04-01", "quarterly", "2024-01-01"],
  ] as const)("today %s %s → %s", (today, frequency, expected) => {
    expect(iso(lastCompletedPeriod(d(today), frequency))).toBe(expected);
  });
});

describe("periodsBetween", () => {
  it("lists the starts of every overlapping period, oldest first", () => {
    expect(periodsBetween(d("2024-01-15"), d("2024-04-01"), "monthly").map(iso)).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]);
    expect(periodsBetween(d("2024-01-03"), d("2024-01-15"), "weekly").map(iso)).toEqual(["2024-01-01", "2024-01-08", "2024-01-15"]);
    expect(periodsBetween(d("2023-11-30"), d("2024-06-30"), "quarterly").map(iso)).toEqual(["2023-10-01", "2024-01-01", "2024-04-01"]);
  });

  it("gives one period when both ends fall inside it and none when `to` is before `from`", () => {
    expect(periodsBetween(d("2024-05-02"), d("2024-05-30"), "monthly").map(iso)).toEqual(["2024-05-01"]);
    expect(periodsBetween(d("2024-05-02"), d("2024-03-30"), "monthly")).toEqual([]);
  });

  it("covers two years with 24 months, 8 quarters and 104 or 105 weeks", () => {
    const from = d("2022-01-01");
    const to = d("2023-12-31");
    expect(periodsBetween(from, to, "monthly")).toHaveLength(24);
    expect(periodsBetween(from, to, "quarterly")).toHaveLength(8);
    expect(periodsBetween(from, to, "weekly").length).toBeGreaterThanOrEqual(104);
  });
});

describe("toIsoDate and fromIsoDate", () => {
  it("round-trips calendar dates", () => {
    expect(toIsoDate(fromIsoDate("2024-02-29"))).toBe("2024-02-29");
    expect(fromIsoDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(toIsoDate(new Date("2024-07-04T22:10:00Z"))).toBe("2024-07-04");
  });

  it.each(["2023-02-29", "2024-13-01", "24-01-01", "2024-1-1", ""])("refuses %j", (text) => {
    expect(() => fromIsoDate(text)).toThrow(RangeError);
  });
});

// ───────────── properties ─────────────

const frequency = fc.constantFrom<Frequency>(...FREQUENCIES);
// Whole milliseconds between 1990 and 2100, so times of day are exercised too.
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));

describe("properties", () => {
  it("periodStart is idempotent, a period start, not after the date and at UTC midnight", () => {
    fc.assert(
      fc.property(instant, frequency, (date, f) => {
        const start = periodStart(date, f);
        expect(periodStart(start, f).getTime()).toBe(start.getTime());
        expect(isPeriodStart(start, f)).toBe(true);
        expect(start.getTime()).toBeLessThanOrEqual(date.getTime());
        expect(start.getUTCHours() + start.getUTCMinutes() + start.getUTCSeconds()).toBe(0);
      }),
    );
  });

  it("the date lies inside [periodStart, periodEnd] of its period", () => {
    fc.assert(
      fc.property(instant, frequency, (date, f) => {
        const start = periodStart(date, f);
        const endExclusive = nextPeriod(start, f);
        expect(date.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(date.getTime()).toBeLessThan(endExclusive.getTime());
        expect(periodStart(periodEnd(start, f), f).getTime()).toBe(start.getTime());
      }),
    );
  });

  it("nextPeriod is a later period start, and previousPeriod undoes it", () => {
    fc.assert(
      fc.property(instant, frequency, (date, f) => {
        const period = periodStart(date, f);
        const next = nextPeriod(period, f);
        expect(next.getTime()).toBeGreaterThan(period.getTime());
        expect(isPeriodStart(next, f)).toBe(true);
        expect(previousPeriod(next, f).getTime()).toBe(period.getTime());
        expect(addDaysBetween(period, next)).toBeGreaterThanOrEqual(f === "weekly" ? 7 : f === "monthly" ? 28 : 90);
      }),
    );
  });

  it("lastCompletedPeriod ends before today and is the latest period that does", () => {
    fc.assert(
      fc.property(instant, frequency, (today, f) => {
        const completed = lastCompletedPeriod(today, f);
        const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
        expect(periodEnd(completed, f).getTime()).toBeLessThan(day);
        expect(periodEnd(nextPeriod(completed, f), f).getTime()).toBeGreaterThanOrEqual(day);
      }),
    );
  });

  it("periodsBetween yields consecutive period starts covering both ends", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 800 }), frequency, (from, spanDays, f) => {
        const to = new Date(from.getTime() + spanDays * 86_400_000);
        const periods = periodsBetween(from, to, f);
        expect(periods[0]?.getTime()).toBe(periodStart(from, f).getTime());
        expect(periods.at(-1)?.getTime()).toBe(periodStart(to, f).getTime());
        periods.slice(1).forEach((period, i) => {
          expect(period.getTime()).toBe(nextPeriod(periods[i] as Date, f).getTime());
        });
      }),
      { numRuns: 200 },
    );
  });
});

function addDaysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}
