import { describe, expect, it } from "vitest";
import { isInForce } from "@/lib/domain/scoring/anchoring";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a business priority is in force", () => {
  const window = { startsOn: day("2025-01-01"), endsOn: day("2025-06-30") };
  it.each([
    ["2024-12-31", false],
    ["2025-01-01", true],
    ["2025-03-15", true],
    ["2025-06-30", true],
    ["2025-07-01", false],
  ])("on %s: %s", (asOf, expected) => expect(isInForce(window, day(asOf))).toBe(expected));

  it("open-ended priorities never lapse, but do not count before they start", () => {
    expect(isInForce({ startsOn: day("2025-01-01"), endsOn: null }, day("2099-01-01"))).toBe(true);
    expect(isInForce({ startsOn: day("2025-01-01"), endsOn: null }, day("2024-01-01"))).toBe(false);
  });
});
