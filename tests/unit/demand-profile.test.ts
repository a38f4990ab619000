import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileInForce, profileStartProblem } from "@/lib/domain/demand-profile";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const profiles = [
  { effectiveFrom: day("2026-04-01"), cf: 80 },
  { effectiveFrom: day("2025-01-01"), cf: 50 },
  { effectiveFrom: day("2025-10-01"), cf: 65 },
];

describe("profileInForce", () => {
  it.each([
    ["2024-12-31", null],
    ["2025-01-01", 50],
    ["2025-09-30", 50],
    ["2025-10-01", 65],
    ["2026-11-23", 80],
  ])("on %s the control/flexibility position is %s", (iso, cf) => expect(profileInForce(profiles, day(iso))?.cf ?? null).toBe(cf));
});

describe("profileStartProblem", () => {
  const today = day("2026-12-02");

  it("lets a function's first profile start on any day, even in the past", () => {
    expect(profileStartProblem([], day("2024-01-01"), today)).toBeNull();
  });

  it.each([
    ["2026-12-01", /today or later/],
    ["2026-04-01", /already takes effect/],
  ])("refuses a later profile from %s", (iso, message) => {
    expect(profileStartProblem([day("2026-04-01")], day(iso), today)).toMatch(message);
  });

  it.each(["2026-12-02", "2027-01-01"])("accepts a later profile from %s", (iso) => {
    expect(profileStartProblem([day("2026-04-01")], day(iso), today)).toBeNull();
  });

  it("records a past profile as history only for a function no scorecard has shown yet, never on a taken day", () => {
    expect(profileStartProblem([day("2024-01-01")], day("2025-06-01"), today, true)).toBeNull();
    expect(profileStartProblem([day("2024-01-01")], day("2024-01-01"), today, true)).toMatch(/already takes effect/);
  });

  it("never lets an accepted profile change which profile was in force on a past day", () => {
    const dayArb = fc.integer({ min: -900, max: 400 }).map((offset) => new Date(today.getTime() + offset * 86_400_000));
    fc.assert(
      fc.property(fc.uniqueArray(dayArb, { minLength: 1, maxLength: 6, selector: (d) => d.getTime() }), dayArb, (starts, next) => {
        fc.pre(profileStartProblem(starts, next, today) === null);
        const before = starts.map((start, id) => ({ effectiveFrom: start, id }));
        const after = [...before, { effectiveFrom: next, id: -1 }];
        for (let offset = 1; offset <= 900; offset += 7) {
          const past = new Date(today.getTime() - offset * 86_400_000);
          expect(profileInForce(after, past)?.id).toBe(profileInForce(before, past)?.id);
        }
      }),
    );
  });
});
