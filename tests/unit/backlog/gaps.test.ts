import { describe, expect, it } from "vitest";
import { findGaps, gapInUnit, isFinding, priorityWeights, unaddressedGaps } from "@/lib/domain/backlog";
import { TARGET_SCORE } from "@/lib/domain/scoring";
import { band, kpi, lower } from "../scoring/fixtures";
import { firm } from "../scoring/snapshot";
import { priority, snapshotOf } from "./fixtures";

describe("findGaps", () => {
  it("lists red and amber KPIs with their gap in unit and score, layer and scorecard", () => {
    const snapshot = snapshotOf([kpi(1), kpi(2), kpi(3, { layer: "capability", scorecard: "strategic" })], { 1: 12, 2: 5, 3: -2 });
    const gaps = findGaps(snapshot, []);
    expect(gaps.map((g) => g.kpi.code)).toEqual(["K-3", "K-2"]);
    const [red, amber] = gaps;
    expect(red).toMatchObject({ status: "red", value: -2, gapInUnit: 12, layer: "capability", scorecard: "strategic" });
    expect(red?.gapInScore).toBeCloseTo(TARGET_SCORE - 8 / 3);
    expect(amber).toMatchObject({ status: "amber", gapInUnit: 5, gapInScore: TARGET_SCORE - 5 });
  });

  it("leaves out KPIs without readings", () => {
    expect(findGaps(snapshotOf([kpi(1)], {}), [])).toEqual([]);
  });

  it("measures lower-is-better and band KPIs towards their target", () => {
    const k = kpi(1, lower(4, 8));
    expect(gapInUnit(k, 6)).toBe(2);
    expect(gapInUnit(k, 3)).toBe(0);
    const b = kpi(2, band(60, 80, 10));
    expect(gapInUnit(b, 85)).toBe(5);
    expect(gapInUnit(b, 52)).toBe(8);
    expect(gapInUnit(b, 70)).toBe(0);
  });

  it("includes a green KPI forecast to cross its red flag, with a zero gap", () => {
    // 30, 25, 20, 15, 11 on G = 10, R = 0: green now, falling about 5 a week.
    const snapshot = snapshotOf([kpi(1)], { 1: [30, 25, 20, 15, 11] });
    const [gap] = findGaps(snapshot, []);
    expect(gap).toMatchObject({ status: "green", forecastCrossesRedFlag: true, gapInUnit: 0, gapInScore: 0 });
    expect(findGaps(snapshot, [], { horizonDays: 7 })).toEqual([]);
  });

  it("names the open initiatives addressing a gap; closed ones do not count", () => {
    const snapshot = snapshotOf([kpi(1), kpi(2)], { 1: -5, 2: 5 });
    const gaps = findGaps(snapshot, [
      { code: "I-2", status: "in_progress", kpiIds: [1] },
      { code: "I-1", status: "proposed", kpiIds: [1, 2] },
      { code: "I-3", status: "done", kpiIds: [2] },
      { code: "I-4", status: "rejected", kpiIds: [2] },
      { code: "I-5", status: "deferred", kpiIds: [2] },
    ]);
    expect(gaps.map((g) => g.addressedBy)).toEqual([["I-1", "I-2"], ["I-1"]]);
    expect(unaddressedGaps(gaps)).toEqual([]);
  });

  it("makes an unaddressed red KPI a finding, an unaddressed amber one only a gap", () => {
    const gaps = findGaps(snapshotOf([kpi(1), kpi(2)], { 1: -5, 2: 5 }), []);
    expect(unaddressedGaps(gaps)).toHaveLength(2);
    expect(gaps.filter(isFinding).map((g) => g.kpi.code)).toEqual(["K-1"]);
  });

  it("sorts by gapInScore × priority weight, so a smaller gap on a heavier priority can lead", () => {
    const kpis = [kpi(1, { businessPriorityId: 10 }), kpi(2, { businessPriorityId: 20 })];
    const snapshot = snapshotOf(kpis, { 1: -5, 2: 5 }, [priority(10, 0.1), priority(20, 1)]);
    const gaps = findGaps(snapshot, []);
    // K-1: 6.67 × 0.1 = 0.67; K-2: 1.67 × 1 = 1.67.
    expect(gaps.map((g) => [g.kpi.code, g.priorityWeight])).toEqual([
      ["K-2", 1],
      ["K-1", 0.1],
    ]);
  });

  it("breaks ties red first, then by code", () => {
    const gaps = findGaps(snapshotOf([kpi(2), kpi(1), kpi(3)], { 1: 5, 2: 5, 3: -1 }), []);
    // Without priorities every product is 0.
    expect(gaps.map((g) => g.kpi.code)).toEqual(["K-3", "K-1", "K-2"]);
  });

  it("keeps to one business function's view when asked", () => {
    const snapshot = snapshotOf([kpi(1, { businessFunctionId: 1 }), kpi(2, { businessFunctionId: 2 })], { 1: 5, 2: 5 });
    expect(findGaps(snapshot, [], { businessFunctionId: 2 }).map((g) => g.kpi.code)).toEqual(["K-2"]);
    expect(findGaps(snapshot, [])).toHaveLength(2);
  });
});

describe("priorityWeights", () => {
  it("takes a KPI's own priority, else the heaviest one it supports, through cycles", () => {
    const snapshot = firm();
    const weightOf = priorityWeights(snapshot.kpis, snapshot.links, snapshot.priorities);
    expect(weightOf(1)).toBe(3); // DEM-B: P-COST directly
    expect(weightOf(11)).toBe(3); // SUP-1 → DEM-B
    expect(weightOf(21)).toBe(3); // CAP-1 → SUP-1 → DEM-B → CAP-1 (cycle)
    expect(weightOf(13)).toBe(2); // SUP-3 → DEM-C (P-MOBILE)
    expect(weightOf(23)).toBe(3); // CAP-3 → SUP-2 → DEM-B (3) and → DEM-D (1)
    expect(weightOf(99)).toBe(0); // unknown KPI
  });

  it("gives 0 to a KPI that serves no priority at all", () => {
    const [gap] = findGaps(snapshotOf([kpi(1)], { 1: -5 }), []);
    expect(gap?.priorityWeight).toBe(0);
  });
});
