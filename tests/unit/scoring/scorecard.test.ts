import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/periods";
import { buildScorecard, type ScoredKpi } from "@/lib/domain/scoring";
import { kpi, series } from "./fixtures";
import { ACC, firm, RSK, SAL } from "./snapshot";

const codes = (nodes: readonly ScoredKpi[]) => nodes.map((node) => node.kpi.code);
const find = (nodes: readonly ScoredKpi[], code: string): ScoredKpi => {
  const node = nodes.find((n) => n.kpi.code === code);
  if (!node) throw new Error(`${code} not found`);
  return node;
};

describe("buildScorecard, firm-wide strategic", () => {
  const card = buildScorecard(firm(), "strategic");

  it("holds the strategic demand KPIs, by priority weight then code", () => {
    expect(codes(card.kpis)).toEqual(["DEM-A", "DEM-B", "DEM-C", "DEM-D"]);
    expect(card.kind).toBe("strategic");
    expect(card.businessFunctionId).toBeNull();
    expect(toIsoDate(card.asOf)).toBe("2024-03-06");
  });

  it("rolls the top level up by KPI weight; a KPI without a reading brings its support score", () => {
    // (5·1 + 6·2 + 4·1 + 5·1) / 5
    expect(card.score).toBeCloseTo(26 / 5, 12);
    expect(card.status).toBe("amber");
    const dem = find(card.kpis, "DEM-D");
    expect(dem.score).toBeNull();
    expect(dem.status).toBe("none");
    expect(dem.supportScore).toBeCloseTo(5, 12);
  });

  it("drills down three levels, heaviest child first, skipping the KPI that closes a cycle", () => {
    const top = find(card.kpis, "DEM-B");
    expect(top.score).toBeCloseTo(6, 12);
    expect(codes(top.children)).toEqual(["SUP-2", "SUP-1"]);
    const [sup2, sup1] = top.children as [ScoredKpi, ScoredKpi];
    expect(sup2.effectiveWeight).toBe(2);
    expect(sup2.score).toBeNull();
    expect(sup2.supportScore).toBeCloseTo(5, 12);
    expect(sup1.score).toBeCloseTo(7, 12);
    expect(sup1.kpi.scorecard).toBe("operational"); // trees cross scorecards
    expect(codes(sup1.children)).toEqual(["CAP-1", "CAP-2"]);
    expect(sup1.supportScore).toBeCloseTo(2, 12); // CAP-2 has no reading and does not count
    expect(find(sup1.children, "CAP-1").children).toEqual([]); // DEM-B is already on the path
    // (7·1 + 5·2) / 3: SUP-2 has no reading of its own, so it brings its support score
    expect(top.supportScore).toBeCloseTo(17 / 3, 12);
  });

  it("evaluates each KPI: trend, forecast, staleness and an oldest-first series", () => {
    const top = find(card.kpis, "DEM-B");
    expect(top.trend).toBe("improving");
    expect(top.forecast?.event).toBe("reaches-target");
    expect(toIsoDate(top.forecast?.date as Date)).toBe("2024-03-17"); // 8 → 10 at 1 a week from 3 March
    expect(top.series.map((p) => [toIsoDate(p.period), p.value])).toEqual([
      ["2024-02-12", 6],
      ["2024-02-19", 7],
      ["2024-02-26", 8],
    ]);
    const stale = find(find(card.kpis, "DEM-C").children, "SUP-3");
    expect(stale.stale).toBe(true);
    expect(stale.status).toBe("green");
  });

  it("groups by priority, heaviest first, each rolled up alone", () => {
    expect(card.groups.map((g) => [g.priority.code, codes(g.kpis)])).toEqual([
      ["P-COST", ["DEM-A", "DEM-B"]],
      ["P-MOBILE", ["DEM-C"]],
      ["P-CLOSE", ["DEM-D"]],
    ]);
    const [cost, mobile, close] = card.groups;
    expect(cost?.score).toBeCloseTo(17 / 3, 12);
    expect(mobile?.score).toBeCloseTo(4, 12);
    expect(close?.score).toBeCloseTo(5, 12);
    expect(close?.status).toBe("amber");
  });

  it("counts every distinct KPI in the trees once (CAP-3 is reached twice)", () => {
    expect(card.counts).toEqual({ green: 2, amber: 4, red: 1, none: 3, stale: 1 });
  });
});

describe("buildScorecard for a business function", () => {
  it("Accounting (cf 15): its own and firm-wide KPIs, exploit weighed up, explore down", () => {
    const card = buildScorecard(firm(), "strategic", ACC);
    expect(codes(card.kpis)).toEqual(["DEM-B", "DEM-D"]); // not Sales' KPI nor Sales' priority
    const top = find(card.kpis, "DEM-B");
    expect(top.effectiveWeight).toBeCloseTo(1.3, 12); // 2 × 0.65: DEM-B leans explore (2 vs 1)
    expect(codes(top.children)).toEqual(["SUP-1", "SUP-2"]); // 1.35 now outweighs 2 × 0.65
    expect(find(top.children, "SUP-1").effectiveWeight).toBeCloseTo(1.35, 12);
    expect(top.supportScore).toBeCloseTo((7 * 1.35 + 5 * 1.3) / 2.65, 12);
    expect(card.score).toBeCloseTo((6 * 1.3 + 5 * 0.65) / 1.95, 12);
    expect(card.groups.map((g) => g.priority.code)).toEqual(["P-COST", "P-CLOSE"]);
    expect(card.counts).toEqual({ green: 1, amber: 2, red: 1, none: 3, stale: 0 });
  });

  it("Sales (cf 82): its KPI, the KPI of its priority, and the firm-wide one", () => {
    const card = buildScorecard(firm(), "strategic", SAL);
    expect(codes(card.kpis)).toEqual(["DEM-A", "DEM-B", "DEM-C"]);
    expect(find(card.kpis, "DEM-B").effectiveWeight).toBeCloseTo(2.64, 12);
    expect(find(card.kpis, "DEM-C").effectiveWeight).toBeCloseTo(0.68, 12); // exploit, from SUP-3
    expect(find(card.kpis, "DEM-A").effectiveWeight).toBe(1); // orientation unknown
    expect(card.score).toBeCloseTo(23.56 / 4.32, 12);
    expect(card.groups.map((g) => [g.priority.code, g.score])).toEqual([
      ["P-COST", expect.closeTo(20.84 / 3.64, 12)],
      ["P-MOBILE", expect.closeTo(4, 12)],
    ]);
  });

  it("a function without a profile weighs like the firm-wide view", () => {
    const card = buildScorecard(firm(), "strategic", RSK);
    expect(codes(card.kpis)).toEqual(["DEM-B"]);
    expect(card.kpis[0]?.effectiveWeight).toBe(2);
    expect(card.score).toBeCloseTo(6, 12);
  });

  it("other scorecards hold their own demand KPIs; an empty one has no score", () => {
    const development = buildScorecard(firm(), "development", ACC);
    expect(codes(development.kpis)).toEqual(["DEM-E"]);
    expect(development.score).toBeCloseTo(5, 12);
    const operational = buildScorecard(firm(), "operational");
    expect(operational).toMatchObject({ score: null, status: "none", kpis: [], groups: [] });
    expect(operational.counts).toEqual({ green: 0, amber: 0, red: 0, none: 0, stale: 0 });
  });
});

describe("buildScorecard edge cases", () => {
  it("a KPI whose priority is missing from the snapshot is not anchored: listed apart, out of the score and the groups", () => {
    const snapshot = firm();
    snapshot.kpis.push(kpi(9, { code: "DEM-0", layer: "demand", scorecard: "strategic", businessPriorityId: 999 }));
    snapshot.readings.set(9, series("2024-02-26", [0]));
    const card = buildScorecard(snapshot, "strategic", ACC);
    expect(codes(card.kpis)).toEqual(["DEM-B", "DEM-D"]);
    expect(card.notAnchored.map((item) => [item.node.kpi.code, item.anchor, item.priority])).toEqual([["DEM-0", "no-priority", null]]);
    expect(card.score).toBe(buildScorecard(firm(), "strategic", ACC).score);
  });

  it("a two-KPI cycle terminates and each side sees the other once", () => {
    const snapshot = {
      ...firm(),
      kpis: [kpi(1, { code: "A", layer: "demand", scorecard: "strategic", businessPriorityId: 100 }), kpi(2, { code: "B" })],
      links: [
        { supportingId: 2, supportedId: 1, weight: 1 },
        { supportingId: 1, supportedId: 2, weight: 1 },
      ],
      readings: new Map([[2, series("2024-02-26", [2])]]),
    };
    const card = buildScorecard(snapshot, "strategic");
    expect(codes(card.kpis)).toEqual(["A"]);
    expect(codes(card.kpis[0]?.children ?? [])).toEqual(["B"]);
    expect(card.kpis[0]?.children[0]?.children).toEqual([]);
    expect(card.score).toBeCloseTo(4, 12); // A has no reading: B's 4 stands in
  });
});

describe("the worked example of docs/scoring.md § 4", () => {
  // A firm-wide demand KPI without a reading, supported by an exploit KPI scoring 8.0 (A = 14)
  // and an explore KPI scoring 4.0 (A = 2).
  const snapshot = {
    ...firm(),
    kpis: [
      kpi(1, { code: "DEMAND", layer: "demand", scorecard: "strategic", businessPriorityId: 100 }),
      kpi(2, { code: "CHANGE-SUCCESS", orientation: "exploit" }),
      kpi(3, { code: "TECH-ASSESSMENT", orientation: "explore" }),
    ],
    links: [
      { supportingId: 2, supportedId: 1, weight: 1 },
      { supportingId: 3, supportedId: 1, weight: 1 },
    ],
    readings: new Map([
      [2, series("2024-02-26", [14])],
      [3, series("2024-02-26", [2])],
    ]),
  };

  it.each([
    ["firm-wide", null, 6, "amber"],
    ["Accounting", ACC, 6.7, "green"],
    ["Sales", SAL, 5.36, "amber"],
  ] as const)("%s → %s (%s)", (_label, functionId, expected, status) => {
    const card = buildScorecard(snapshot, "strategic", functionId);
    expect(card.kpis[0]?.supportScore).toBeCloseTo(expected, 12);
    expect(card.score).toBeCloseTo(expected, 12);
    expect(card.status).toBe(status);
  });
});
