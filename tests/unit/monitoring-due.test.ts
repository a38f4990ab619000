// A monitoring action is owed once per cadence period from the first whole period after it was set
// up; the period just ended going by without a log entry makes it overdue.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstOwedPeriod, monitoringDue } from "@/lib/domain/monitoring-due";
import { addDays, fromIsoDate, periodStart, previousPeriod, toIsoDate, type Frequency } from "@/lib/domain/periods";

const d = fromIsoDate;
const due = (cadence: Frequency, startedOn: string, lastDoneOn: string | null, today: string) => {
  const result = monitoringDue({ cadence, startedOn: d(startedOn), lastDoneOn: lastDoneOn === null ? null : d(lastDoneOn) }, d(today));
  return { state: result.state, dueBy: toIsoDate(result.dueBy), overdueSince: result.overdueSince === null ? null : toIsoDate(result.overdueSince) };
};

describe("firstOwedPeriod", () => {
  it.each<[Frequency, string, string]>([
    ["monthly", "2026-10-15", "2026-11-01"],
    ["monthly", "2026-11-01", "2026-11-01"],
    ["weekly", "2026-12-02", "2026-12-07"],
    ["weekly", "2026-11-30", "2026-11-30"],
    ["quarterly", "2026-08-20", "2026-10-01"],
  ])("a %s action set up on %s is first owed for the period starting %s", (cadence, startedOn, first) => {
    expect(toIsoDate(firstOwedPeriod(cadence, d(startedOn)))).toBe(first);
  });
});

describe("monitoringDue", () => {
  it("is done once logged in the running period", () => {
    expect(due("monthly", "2026-01-10", "2026-12-01", "2026-12-03")).toEqual({ state: "done", dueBy: "2026-12-31", overdueSince: null });
  });

  it("is due, not overdue, while the period just ended was covered", () => {
    expect(due("monthly", "2026-01-10", "2026-11-28", "2026-12-03")).toEqual({ state: "due", dueBy: "2026-12-31", overdueSince: null });
  });

  it("is overdue from the day after the first period that went by without it", () => {
    expect(due("monthly", "2026-01-10", "2026-09-30", "2026-12-03")).toEqual({ state: "overdue", dueBy: "2026-12-31", overdueSince: "2026-11-01" });
    expect(due("weekly", "2026-01-10", "2026-11-20", "2026-12-03")).toEqual({ state: "overdue", dueBy: "2026-12-06", overdueSince: "2026-11-30" });
  });

  it("owes nothing for the part-period in which it was set up, so its first due day is the end of the next", () => {
    expect(due("monthly", "2026-11-15", null, "2026-11-20")).toEqual({ state: "due", dueBy: "2026-12-31", overdueSince: null });
    expect(due("quarterly", "2026-01-02", null, "2026-01-05")).toEqual({ state: "due", dueBy: "2026-06-30", overdueSince: null });
    expect(due("monthly", "2026-11-15", null, "2026-12-03")).toEqual({ state: "due", dueBy: "2026-12-31", overdueSince: null });
    expect(due("monthly", "2026-11-01", null, "2026-12-03")).toEqual({ state: "overdue", dueBy: "2026-12-31", overdueSince: "2026-12-01" });
  });

  it("when never logged, is overdue from the end of the first owed period", () => {
    expect(due("quarterly", "2026-02-10", null, "2026-12-03")).toEqual({ state: "overdue", dueBy: "2026-12-31", overdueSince: "2026-07-01" });
  });

  const cadences = fc.constantFrom<Frequency>("weekly", "monthly", "quarterly");
  const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays(d("2025-01-01"), n));

  it("is done on the day it is logged, whatever came before", () => {
    fc.assert(
      fc.property(cadences, day, fc.integer({ min: 0, max: 400 }), (cadence, today, age) => {
        expect(monitoringDue({ cadence, startedOn: addDays(today, -age), lastDoneOn: today }, today).state).toBe("done");
      }),
    );
  });

  it("never says it is due before today, is never overdue when logged in the period just ended, nor in its first owed period", () => {
    fc.assert(
      fc.property(cadences, day, fc.integer({ min: 0, max: 400 }), (cadence, today, age) => {
        const startedOn = addDays(today, -age);
        const lastDoneOn = previousPeriod(periodStart(today, cadence), cadence);
        if (lastDoneOn.getTime() >= startedOn.getTime()) {
          expect(monitoringDue({ cadence, startedOn, lastDoneOn }, today).state).not.toBe("overdue");
        }
        expect(monitoringDue({ cadence, startedOn: today, lastDoneOn: null }, today).state).toBe("due");
        expect(monitoringDue({ cadence, startedOn, lastDoneOn: null }, today).dueBy.getTime()).toBeGreaterThanOrEqual(today.getTime());
      }),
    );
  });

  it("once overdue, stays overdue on every later day until logged again, and was overdue since a day not after today", () => {
    fc.assert(
      fc.property(cadences, day, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 400 }), (cadence, today, age, later) => {
        const history = { cadence, startedOn: addDays(today, -age), lastDoneOn: null };
        const now = monitoringDue(history, today);
        if (now.state !== "overdue") return;
        expect(now.overdueSince?.getTime()).toBeLessThanOrEqual(today.getTime());
        const then = monitoringDue(history, addDays(today, later));
        expect(then.state).toBe("overdue");
        expect(then.overdueSince).toEqual(now.overdueSince);
      }),
    );
  });
});
