import { describe, expect, it } from "vitest";
import { TRAP_THRESHOLD_DAYS, benefitRealisation, betterward, capabilityTraps, isImproved } from "@/lib/domain/backlog";
import { band, d, kpi, lower } from "../scoring/fixtures";
import { initiative, snapshotOf } from "./fixtures";

const link = (kpiId: number, baselineValue: number | null, expectedImprovement: number) => ({ kpiId, baselineValue, expectedImprovement });

describe("betterward", () => {
  it("signs movement in the KPI's better direction", () => {
    expect(betterward(kpi(1), 2, 5)).toBe(3);
    expect(betterward(kpi(1, lower(4, 8)), 7, 5)).toBe(2);
    expect(betterward(kpi(1, band(60, 80, 10)), 90, 84)).toBe(6);
    expect(betterward(kpi(1, band(60, 80, 10)), 55, 90)).toBe(-5);
  });
});

describe("isImproved", () => {
  it("needs a quarter of the expected improvement, or half a point of score", () => {
    expect(isImproved(1, 0.1, 4)).toBe(true);
    expect(isImproved(0.9, 0.1, 4)).toBe(false);
    expect(isImproved(0.1, 0.5, 4)).toBe(true);
    expect(isImproved(0, 0, 0)).toBe(false);
    expect(isImproved(null, null, 4)).toBe(false);
  });
});

describe("benefitRealisation", () => {
  const snapshot = snapshotOf([kpi(1), kpi(2, lower(4, 8)), kpi(3)], { 1: 6, 2: 7 });

  it("compares each KPI's baseline with its latest value and score", () => {
    const result = benefitRealisation(initiative("I-1", { status: "in_progress", kpis: [link(1, 2, 3), link(2, 6, 1)] }), snapshot);
    const [first, second] = result.kpis;
    expect(first).toMatchObject({ baselineValue: 2, baselineScore: 4, latestValue: 6, change: 4, reached: true, improved: true });
    expect(first?.latestScore).toBeCloseTo(16 / 3);
    expect(second).toMatchObject({ baselineValue: 6, latestValue: 7, change: -1, reached: false, improved: false });
    expect(result).toMatchObject({ allReached: false, flagged: false });
  });

  it("flags a done initiative whose KPIs did not move", () => {
    const result = benefitRealisation(initiative("I-2", { status: "done", kpis: [link(1, 6, 2)] }), snapshot);
    expect(result).toMatchObject({ flagged: true, allReached: false });
    expect(result.kpis[0]).toMatchObject({ change: 0, reached: false, improved: false });
  });

  it("does not flag a done initiative that moved one of its KPIs", () => {
    expect(benefitRealisation(initiative("I-3", { status: "done", kpis: [link(1, 5, 4), link(2, 6, 1)] }), snapshot).flagged).toBe(false);
  });

  it("treats a missing baseline or reading as unknown, and unmeasured as not improved", () => {
    const result = benefitRealisation(initiative("I-4", { status: "done", kpis: [link(1, null, 1), link(3, 1, 1), link(99, 1, 1)] }), snapshot);
    expect(result.kpis.map((k) => [k.change, k.reached, k.improved])).toEqual([
      [null, null, false],
      [null, null, false],
    ]);
    expect(result.flagged).toBe(true);
  });

  it("is all reached only when every linked KPI reached its promise", () => {
    expect(benefitRealisation(initiative("I-5", { kpis: [link(1, 2, 4)] }), snapshot).allReached).toBe(true);
    expect(benefitRealisation(initiative("I-6"), snapshot).allReached).toBe(false);
  });
});

describe("capabilityTraps", () => {
  // As-of 2024-03-06: started 2023-11-01 is 126 days in, 2023-11-07 exactly 120.
  const snapshot = snapshotOf([kpi(1), kpi(2)], { 1: 6, 2: 6 });
  const running = (code: string, startedAt: string, baseline: number) =>
    initiative(code, { status: "in_progress", startedAt: d(startedAt), kpis: [link(1, baseline, 4)] });

  it("catches long-running initiatives whose KPIs have not improved, longest first", () => {
    const traps = capabilityTraps(
      [running("STUCK", "2023-11-01", 6), running("OLDER", "2023-06-01", 5.5), running("MOVING", "2023-06-01", 4), running("YOUNG", "2023-11-07", 6)],
      snapshot,
    );
    expect(traps.map((t) => [t.code, t.daysInProgress])).toEqual([
      ["OLDER", 279],
      ["STUCK", 126],
    ]);
    expect(TRAP_THRESHOLD_DAYS).toBe(120);
  });

  it("counts an initiative without linked KPIs or baselines as not moving", () => {
    const traps = capabilityTraps(
      [
        initiative("BLIND", { status: "in_progress", startedAt: d("2023-01-01") }),
        initiative("NOBASE", { status: "in_progress", startedAt: d("2023-01-01"), kpis: [link(1, null, 1)] }),
      ],
      snapshot,
    );
    expect(traps.map((t) => t.code)).toEqual(["BLIND", "NOBASE"]);
  });

  it("ignores initiatives not in progress or never started, and takes another threshold", () => {
    const done = initiative("DONE", { status: "done", startedAt: d("2023-01-01"), kpis: [link(1, 6, 1)] });
    const unstamped = initiative("NOSTART", { status: "in_progress", startedAt: null });
    expect(capabilityTraps([done, unstamped], snapshot)).toEqual([]);
    expect(capabilityTraps([running("STUCK", "2024-01-01", 6)], snapshot, 30).map((t) => t.code)).toEqual(["STUCK"]);
  });
});
