import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/periods";
import { freshUntil, GRACE_DAYS, isStale } from "@/lib/domain/scoring";
import { d } from "./fixtures";

describe("GRACE_DAYS", () => {
  it("gives 3, 10 and 20 days", () => {
    expect(GRACE_DAYS).toEqual({ weekly: 3, monthly: 10, quarterly: 20 });
  });
});

describe("freshUntil: end of the next period plus the grace", () => {
  it.each([
    ["weekly", "2024-01-01", "2024-01-17"], // next week ends Sun 14th, + 3
    ["weekly", "2024-12-23", "2025-01-08"], // across the year end
    ["monthly", "2024-01-01", "2024-03-10"], // February ends on the 29th in 2024, + 10
    ["monthly", "2023-01-01", "2023-03-10"], // ... and on the 28th in 2023
    ["monthly", "2023-11-01", "2024-01-10"],
    ["quarterly", "2024-01-01", "2024-07-20"], // Q2 ends 30 June, + 20
    ["quarterly", "2024-10-01", "2025-04-20"],
  ] as const)("%s, latest %s → %s", (frequency, latest, expected) => {
    expect(toIsoDate(freshUntil(frequency, d(latest)))).toBe(expected);
  });
});

describe("isStale at the exact boundary days", () => {
  it.each([
    ["weekly", "2024-01-01", "2024-01-17", false],
    ["weekly", "2024-01-01", "2024-01-18", true],
    ["monthly", "2024-01-01", "2024-03-10", false],
    ["monthly", "2024-01-01", "2024-03-11", true],
    ["quarterly", "2024-01-01", "2024-07-20", false],
    ["quarterly", "2024-01-01", "2024-07-21", true],
    ["monthly", "2024-01-01", "2024-02-15", false], // the next reading is not even due
  ] as const)("%s, latest %s, as of %s → %s", (frequency, latest, asOf, expected) => {
    expect(isStale({ frequency }, d(latest), d(asOf))).toBe(expected);
  });

  it("judges by the as-of day, whatever the time", () => {
    expect(isStale({ frequency: "monthly" }, d("2024-01-01"), new Date("2024-03-10T23:59:59.999Z"))).toBe(false);
    expect(isStale({ frequency: "monthly" }, d("2024-01-01"), new Date("2024-03-11T00:00:00.000Z"))).toBe(true);
  });

  it("is never stale without a reading", () => {
    expect(isStale({ frequency: "weekly" }, null, d("2030-01-01"))).toBe(false);
  });
});
