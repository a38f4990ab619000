// Editing a priority's window may reshape today and the future, never a past day's scorecard.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromIsoDate } from "@/lib/domain/periods";
import { endChoice, windowChangeProblem, windowShapeProblem, type PriorityWindow } from "@/lib/domain/priority-window";
import { isInForce } from "@/lib/domain/scoring";

const d = fromIsoDate;
const today = d("2026-06-15");
const w = (startsOn: string, endsOn: string | null = null): PriorityWindow => ({ startsOn: d(startsOn), endsOn: endsOn === null ? null : d(endsOn) });

describe("windowShapeProblem", () => {
  it("refuses an end before the start, naming endsOn", () => {
    expect(windowShapeProblem(w("2026-03-01", "2026-02-28"))).toEqual({ field: "endsOn", message: "endsOn must be on or after startsOn (2026-03-01)" });
  });
  it.each([["2026-03-01"], [null]])("accepts a one-day or open window (endsOn %s)", (endsOn) => {
    expect(windowShapeProblem(w("2026-03-01", endsOn))).toBeNull();
  });
});

describe("windowChangeProblem", () => {
  it.each<[string, PriorityWindow, PriorityWindow]>([
    ["ends a running priority yesterday, so it no longer counts today", w("2026-01-01"), w("2026-01-01", "2026-06-14")],
    ["ends a running priority at the end of the year", w("2026-01-01"), w("2026-01-01", "2026-12-31")],
    ["extends a priority that still runs", w("2026-01-01", "2026-06-30"), w("2026-01-01", "2027-06-30")],
    ["re-opens a priority whose last day was yesterday", w("2026-01-01", "2026-06-14"), w("2026-01-01")],
    ["moves the start of one that has not started", w("2026-09-01"), w("2026-07-01", "2026-12-31")],
    ["starts a future priority today", w("2026-09-01"), w("2026-06-15")],
    ["leaves the window as it was", w("2025-01-01", "2025-12-31"), w("2025-01-01", "2025-12-31")],
  ])("allows a change that %s", (_, current, next) => expect(windowChangeProblem(current, next, today)).toBeNull());

  it("keeps a started priority's first day", () => {
    expect(windowChangeProblem(w("2026-01-01"), w("2026-02-01"), today)).toMatchObject({
      field: "startsOn",
      message: expect.stringContaining("since 2026-01-01"),
    });
    expect(windowChangeProblem(w("2026-01-01"), w("2026-07-01"), today)).toMatchObject({ field: "startsOn" });
  });

  it("does not let a future priority start in the past", () => {
    expect(windowChangeProblem(w("2026-09-01"), w("2026-06-01"), today)).toEqual({
      field: "startsOn",
      message: "startsOn must be today (2026-06-15) or later: the priority was not in force on earlier days",
    });
  });

  it("keeps an ended priority ended", () => {
    expect(windowChangeProblem(w("2025-01-01", "2025-12-31"), w("2025-01-01"), today)).toMatchObject({
      field: "endsOn",
      message: expect.stringContaining("ended on 2025-12-31"),
    });
  });

  it("refuses an end before yesterday, naming yesterday", () => {
    expect(windowChangeProblem(w("2026-01-01"), w("2026-01-01", "2026-05-31"), today)).toEqual({
      field: "endsOn",
      message: "endsOn must be yesterday (2026-06-14) or later: an earlier end would change past scorecards",
    });
  });

  it("checks the shape first", () => expect(windowChangeProblem(w("2026-09-01"), w("2026-09-01", "2026-08-01"), today)).toMatchObject({ field: "endsOn" }));

  // The rule is exactly "every past day keeps its answer": allowed if and only if no day before today changes.
  const base = d("2026-01-01");
  const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays(base, n));
  const window = fc.tuple(day, fc.option(fc.integer({ min: 0, max: 30 }), { nil: null })).map(([startsOn, length]) => ({
    startsOn,
    endsOn: length === null ? null : addDays(startsOn, length),
  }));
  it("allows a change if and only if every day before today is in force under both windows or under neither", () => {
    fc.assert(
      fc.property(window, window, day, (current, next, now) => {
        const pastDays = Array.from({ length: 100 }, (_, n) => addDays(base, n - 10)).filter((past) => past < now);
        const pastUnchanged = pastDays.every((past) => isInForce(current, past) === isInForce(next, past));
        expect(windowChangeProblem(current, next, now) === null).toBe(pastUnchanged);
      }),
    );
  });
});

describe("endChoice", () => {
  it.each<[string, PriorityWindow, { canEnd: boolean; justEnded: boolean }]>([
    ["a running priority can be ended", w("2026-01-01"), { canEnd: true, justEnded: false }],
    ["one that started today cannot end yesterday", w("2026-06-15"), { canEnd: false, justEnded: false }],
    ["one ended yesterday was just ended", w("2026-01-01", "2026-06-14"), { canEnd: false, justEnded: true }],
    ["one ended earlier is history", w("2026-01-01", "2026-05-31"), { canEnd: false, justEnded: false }],
    ["a scheduled one cannot be ended", w("2026-09-01"), { canEnd: false, justEnded: false }],
  ])("%s", (_, window, expected) => expect(endChoice(window, today)).toEqual(expected));

  it("offers to end exactly the windows whose end can move to yesterday", () => {
    const base = d("2026-06-01");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), (start, length) => {
        const window = { startsOn: addDays(base, start), endsOn: length === null ? null : addDays(base, start + length) };
        const ended = { ...window, endsOn: addDays(today, -1) };
        const allowed = windowChangeProblem(window, ended, today) === null && isInForce(window, today);
        expect(endChoice(window, today).canEnd).toBe(allowed);
      }),
    );
  });
});
