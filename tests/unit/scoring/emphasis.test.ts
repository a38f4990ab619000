import { describe, expect, it } from "vitest";
import { deriveOrientations, emphasisFactor, type KpiLink } from "@/lib/domain/scoring";
import { kpi } from "./fixtures";

describe("emphasisFactor", () => {
  it.each([
    ["exploit", 0, 1.5],
    ["explore", 0, 0.5],
    ["exploit", 50, 1],
    ["explore", 50, 1],
    ["exploit", 100, 0.5],
    ["explore", 100, 1.5],
    ["exploit", 15, 1.35], // Accounting
    ["explore", 15, 0.65],
    ["exploit", 82, 0.68], // Sales
    ["explore", 82, 1.32],
    [null, 0, 1],
    [null, 100, 1],
    ["exploit", null, 1], // firm-wide view or no profile
    ["explore", null, 1],
    ["exploit", 140, 0.5], // out of range: clamped
    ["explore", -20, 0.5],
  ] as const)("%s at cf %s → %s", (orientation, cf, expected) => {
    expect(emphasisFactor(orientation, cf)).toBeCloseTo(expected, 12);
  });
});

const link = (supportingId: number, supportedId: number, weight = 1): KpiLink => ({ supportingId, supportedId, weight });

describe("deriveOrientations", () => {
  it("keeps known orientations and derives unknown ones from the supporting weight", () => {
    const kpis = [
      kpi(1, { layer: "demand" }),
      kpi(2, { orientation: "explore" }),
      kpi(3, { orientation: "explore" }),
      kpi(4, { orientation: "exploit", weight: 3 }),
    ];
    const links = [link(2, 1), link(3, 1), link(4, 1)];
    const result = deriveOrientations(kpis, links);
    expect(result.get(1)).toBe("exploit"); // explore 2 < exploit 3
    expect(result.get(2)).toBe("explore");
    expect(result.get(4)).toBe("exploit");
  });

  it("weighs by link weight too", () => {
    const kpis = [kpi(1), kpi(2, { orientation: "explore" }), kpi(3, { orientation: "exploit", weight: 3 })];
    expect(deriveOrientations(kpis, [link(2, 1, 4), link(3, 1)]).get(1)).toBe("explore"); // 4 > 3
  });

  it("is null on a tie and without supporting KPIs", () => {
    const kpis = [kpi(1), kpi(2, { orientation: "explore" }), kpi(3, { orientation: "exploit" }), kpi(4)];
    const result = deriveOrientations(kpis, [link(2, 1), link(3, 1)]);
    expect(result.get(1)).toBeNull();
    expect(result.get(4)).toBeNull();
  });

  it("derives bottom-up through several layers", () => {
    // capability 3 (explore) → supply 2 (unknown) → demand 1 (unknown)
    const kpis = [kpi(1, { layer: "demand" }), kpi(2), kpi(3, { layer: "capability", orientation: "explore" })];
    const result = deriveOrientations(kpis, [link(2, 1), link(3, 2)]);
    expect(result.get(2)).toBe("explore");
    expect(result.get(1)).toBe("explore");
  });

  it("ignores a link that closes a cycle", () => {
    const kpis = [kpi(1), kpi(2), kpi(3, { orientation: "exploit" })];
    const result = deriveOrientations(kpis, [link(2, 1), link(1, 2), link(3, 2)]);
    expect(result.get(1)).toBe("exploit");
    expect(result.get(2)).toBe("exploit");
  });

  it("ignores links to KPIs that are not in the snapshot", () => {
    expect(deriveOrientations([kpi(1)], [link(99, 1)]).get(1)).toBeNull();
  });
});
