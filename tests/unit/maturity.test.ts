// A capability's maturity is the assessment in force on the day asked about: later assessments
// never change an earlier day's answer, and a correction on the same day replaces the mistake.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentOn, maturityPath, maturityStanding, type Assessment } from "@/lib/domain/maturity";
import { addDays, fromIsoDate } from "@/lib/domain/periods";

const d = fromIsoDate;
const a = (id: number, assessedOn: string, level: number): Assessment => ({ id, assessedOn: d(assessedOn), level });

describe("assessmentOn", () => {
  const history = [a(1, "2025-03-01", 2), a(2, "2025-09-01", 3), a(3, "2026-03-01", 4)];

  it.each([
    ["2025-02-28", null],
    ["2025-03-01", 2],
    ["2025-08-31", 2],
    ["2025-09-01", 3],
    ["2026-12-01", 4],
  ])("on %s the level in force is %s", (day, level) => {
    expect(assessmentOn(history, d(day))?.level ?? null).toBe(level);
  });

  it("takes the later-recorded of two assessments on one day", () => {
    expect(assessmentOn([a(5, "2026-01-10", 4), a(6, "2026-01-10", 3)], d("2026-02-01"))?.level).toBe(3);
  });
});

describe("maturityPath", () => {
  it("keeps one level per day, oldest first, whatever order they were recorded in", () => {
    const path = maturityPath([a(3, "2026-03-01", 4), a(1, "2025-03-01", 2), a(4, "2026-03-01", 3), a(2, "2025-09-01", 3)]);
    expect(path.map((x) => [x.id, x.level])).toEqual([
      [1, 2],
      [2, 3],
      [4, 3],
    ]);
  });
});

describe("maturityStanding", () => {
  const today = d("2026-12-01");
  it.each<[string, Assessment[], number, ReturnType<typeof maturityStanding>]>([
    ["nothing assessed", [], 4, { current: null, previous: null, gap: null, state: "not assessed" }],
    ["one assessment below target", [a(1, "2026-01-01", 2)], 4, { current: 2, previous: null, gap: 2, state: "no change" }],
    ["climbing", [a(1, "2025-01-01", 2), a(2, "2026-01-01", 3)], 4, { current: 3, previous: 2, gap: 1, state: "improving" }],
    ["slipping", [a(1, "2025-01-01", 3), a(2, "2026-01-01", 2)], 4, { current: 2, previous: 3, gap: 2, state: "declining" }],
    ["reached", [a(1, "2025-01-01", 3), a(2, "2026-01-01", 4)], 4, { current: 4, previous: 3, gap: 0, state: "at target" }],
    ["above target", [a(1, "2026-01-01", 5)], 4, { current: 5, previous: null, gap: 0, state: "at target" }],
  ])("%s", (_, assessments, target, expected) => {
    expect(maturityStanding(assessments, target, today)).toEqual(expected);
  });

  it("ignores assessments dated after the day asked about", () => {
    expect(maturityStanding([a(1, "2025-01-01", 2), a(2, "2027-01-01", 4)], 4, today).current).toBe(2);
  });
});

const assessmentArb = fc.record({
  id: fc.integer({ min: 1, max: 10_000 }),
  assessedOn: fc.integer({ min: 0, max: 2000 }).map((n) => addDays(d("2022-01-01"), n)),
  level: fc.integer({ min: 1, max: 5 }),
});

describe("properties", () => {
  it("a past day's maturity never changes when a later assessment is recorded", () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { maxLength: 12 }), assessmentArb, fc.integer({ min: 0, max: 2000 }), (history, later, offset) => {
        const day = addDays(d("2022-01-01"), offset);
        fc.pre(later.assessedOn.getTime() > day.getTime());
        const ids = new Set(history.map((x) => x.id));
        fc.pre(!ids.has(later.id));
        expect(assessmentOn([...history, later], day)).toEqual(assessmentOn(history, day));
      }),
    );
  });

  it("the current level is always one of the levels assessed, and the gap never negative", () => {
    fc.assert(
      fc.property(fc.array(assessmentArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (history, target) => {
        const standing = maturityStanding(history, target, d("2030-01-01"));
        expect(history.map((x) => x.level)).toContain(standing.current);
        expect(standing.gap).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
