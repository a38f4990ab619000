import { describe, expect, it } from "vitest";
import { profileInForce } from "@/lib/domain/demand-profile";

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
