import { describe, expect, it } from "vitest";
import { heatMap, priorityEnablement } from "@/lib/domain/scoring";
import { kpi } from "./fixtures";
import { ACC, firm, RSK, SAL } from "./snapshot";

const rows = (list: ReturnType<typeof priorityEnablement>) =>
  list.map((row) => [row.priority.code, row.score === null ? null : Number(row.score.toFixed(6)), row.status, row.kpiCount]);

describe("priorityEnablement", () => {
  it("firm-wide: every priority, its demand KPIs on any scorecard, heaviest first", () => {
    expect(rows(priorityEnablement(firm()))).toEqual([
      ["P-COST", 5.5, "amber", 3], // DEM-B 6 (×2), DEM-A 5, DEM-E 5 (development)
      ["P-MOBILE", 4, "amber", 1],
      ["P-CLOSE", 5, "amber", 1], // DEM-D through its support
    ]);
  });

  it("Accounting: firm-wide and own priorities with the KPIs in its view, weighted by its profile", () => {
    expect(rows(priorityEnablement(firm(), ACC))).toEqual([
      ["P-COST", Number(((6 * 1.3 + 5) / 2.3).toFixed(6)), "amber", 2],
      ["P-CLOSE", 5, "amber", 1],
    ]);
  });

  it("Sales", () => {
    expect(rows(priorityEnablement(firm(), SAL))).toEqual([
      ["P-COST", Number(((6 * 2.64 + 5 + 5) / 4.64).toFixed(6)), "amber", 3],
      ["P-MOBILE", 4, "amber", 1],
    ]);
  });

  it("lists a firm-wide priority even when no KPI serves it yet", () => {
    const snapshot = firm();
    snapshot.priorities.push({ ...snapshot.priorities[0]!, id: 400, code: "P-NEW", weight: 0.5, businessFunctionId: null });
    expect(rows(priorityEnablement(snapshot, RSK)).at(-1)).toEqual(["P-NEW", null, "none", 0]);
  });

  it("lists another function's priority when one of the function's own KPIs serves it", () => {
    const snapshot = firm();
    snapshot.kpis.push(kpi(9, { code: "DEM-R", layer: "demand", scorecard: "operational", businessPriorityId: 200, businessFunctionId: RSK }));
    expect(rows(priorityEnablement(snapshot, RSK)).map((row) => row[0])).toEqual(["P-COST", "P-MOBILE"]);
    expect(rows(priorityEnablement(snapshot, RSK))[1]).toEqual(["P-MOBILE", null, "none", 1]);
  });
});

describe("heatMap", () => {
  it("has one row per function and one cell per scorecard", () => {
    const map = heatMap(firm());
    expect(map.map((row) => row.functionId)).toEqual([ACC, SAL, RSK]);
    for (const row of map) expect(row.cells.map((cell) => cell.kind)).toEqual(["strategic", "development", "operational"]);
  });

  it("each cell is that function's view of the scorecard", () => {
    const [acc, sal, rsk] = heatMap(firm());
    expect(acc?.cells[0]?.score).toBeCloseTo(17 / 3, 12);
    expect(sal?.cells[0]?.score).toBeCloseTo(23.56 / 4.32, 12);
    expect(rsk?.cells[0]?.score).toBeCloseTo(6, 12);
    expect(acc?.cells[1]).toEqual({ kind: "development", score: expect.closeTo(5, 12), status: "amber" });
    expect(acc?.cells[2]).toEqual({ kind: "operational", score: null, status: "none" });
  });

  it("is empty without functions", () => {
    expect(heatMap({ ...firm(), functions: [] })).toEqual([]);
  });
});
