import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDue, dueDate, readingDue, type ReadingDue } from "@/lib/domain/reading-due";
import { FREQUENCIES } from "@/lib/domain/enums";
import { lastCompletedPeriod, previousPeriod, toIsoDate } from "@/lib/domain/periods";
import { isStale } from "@/lib/domain/scoring";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date | null) => date && toIsoDate(date);

describe("dueDate", () => {
  it.each([
    ["2026-10-01", "monthly", "2026-11-10"],
    ["2026-11-16", "weekly", "2026-11-25"],
    ["2026-07-01", "quarterly", "2026-10-20"],
  ] as const)("the %s %s reading is due on %s (period end + grace)", (period, frequency, due) => {
    expect(iso(dueDate(day(period), frequency))).toBe(due);
  });
});

describe("readingDue", () => {
  it("a reading for the latest completed period means up to date", () => {
    expect(readingDue("monthly", day("2026-10-01"), day("2026-11-23"))).toEqual({ state: "up-to-date", period: day("2026-10-01"), dueOn: null, missing: 0 });
  });

  it("a missing reading is due, then due soon within 7 days, then overdue after its due date", () => {
    const latest = day("2026-09-01");
    expect(readingDue("monthly", latest, day("2026-11-02")).state).toBe("due");
    expect(readingDue("monthly", latest, day("2026-11-03")).state).toBe("due-soon");
    expect(readingDue("monthly", latest, day("2026-11-10"))).toMatchObject({ state: "due-soon", dueOn: day("2026-11-10"), missing: 1 });
    expect(readingDue("monthly", latest, day("2026-11-11")).state).toBe("overdue");
  });

  it("counts every missing period and dates the debt from the oldest one", () => {
    const due = readingDue("monthly", day("2026-06-01"), day("2026-11-05"));
    expect(due).toMatchObject({ state: "overdue", missing: 4, period: day("2026-10-01") });
    expect(iso(due.dueOn)).toBe("2026-08-10");
  });

  it("a KPI never read owes only its latest completed period", () => {
    expect(readingDue("quarterly", null, day("2026-11-23"))).toMatchObject({ state: "overdue", period: day("2026-07-01"), missing: 1 });
    expect(readingDue("weekly", null, day("2026-11-23"))).toMatchObject({ state: "due-soon", period: day("2026-11-16"), missing: 1 });
  });

  it("ignores the time of day", () => {
    expect(readingDue("monthly", day("2026-09-01"), new Date("2026-11-10T23:59:59Z")).state).toBe("due-soon");
  });

  it("says overdue exactly when the scorecard calls the KPI stale", () => {
    const frequency = fc.constantFrom(...FREQUENCIES);
    const date = fc.date({ min: day("2000-01-01"), max: day("2040-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(frequency, date, fc.integer({ min: 0, max: 40 }), (freq, today, back) => {
        let latest = lastCompletedPeriod(today, freq);
        for (let i = 0; i < back; i++) latest = previousPeriod(latest, freq);
        const overdue = readingDue(freq, latest, today).state === "overdue";
        expect(overdue).toBe(isStale({ frequency: freq }, latest, today));
      }),
    );
  });
});

describe("compareDue", () => {
  const make = (state: ReadingDue["state"], dueOn: string | null): ReadingDue => ({
    state,
    dueOn: dueOn ? day(dueOn) : null,
    period: day("2026-10-01"),
    missing: 1,
  });
  it("puts overdue first, then due soon, then by the earliest due date", () => {
    const sorted = [
      make("up-to-date", null),
      make("due", "2026-12-01"),
      make("overdue", "2026-11-01"),
      make("due-soon", "2026-11-20"),
      make("overdue", "2026-10-01"),
    ].sort(compareDue);
    expect(sorted.map((d) => [d.state, iso(d.dueOn)])).toEqual([
      ["overdue", "2026-10-01"],
      ["overdue", "2026-11-01"],
      ["due-soon", "2026-11-20"],
      ["due", "2026-12-01"],
      ["up-to-date", null],
    ]);
  });
  it("an overdue KPI sorts before one that is up to date whatever the dates", () => {
    expect(compareDue(make("overdue", "2030-01-01"), make("up-to-date", null))).toBeLessThan(0);
  });
});
