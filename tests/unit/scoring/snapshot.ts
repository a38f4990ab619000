// A hand-made firm for the scorecard tests. Every KPI has G = 10, R = 0 (score = (10 + A) / 3).
//
//   strategic  DEM-B (P-COST, firm-wide, weight 2) A 8 → 6      ← SUP-1 (exploit, link 1) A 11 → 7
//                                                                   ← CAP-1 (exploit) A −4 → 2, which DEM-B "supports" (a cycle)
//                                                                   ← CAP-2 (explore) no reading
//                                                               ← SUP-2 (explore, link 2) no reading
//                                                                   ← CAP-3 (explore) A 5 → 5
//              DEM-A (P-COST, Sales KPI) A 5 → 5
//              DEM-C (P-MOBILE = Sales priority) A 2 → 4        ← SUP-3 (exploit) A 10 → 20/3, stale
//              DEM-D (P-CLOSE = Accounting priority, Accounting KPI) no reading ← CAP-3
//   development DEM-E (P-COST) A 5 → 5
import type { KpiLink, PriorityInput, ReadingPoint, ScoringSnapshot } from "@/lib/domain/scoring";
import { d, kpi, series } from "./fixtures";

export const ACC = 1;
export const SAL = 2;
export const RSK = 3;

const priority = (id: number, code: string, weight: number, businessFunctionId: number | null): PriorityInput => ({
  id,
  code,
  title: code,
  weight,
  businessFunctionId,
  startsOn: d("2023-01-01"),
  endsOn: null,
});

const link = (supportingId: number, supportedId: number, weight = 1): KpiLink => ({ supportingId, supportedId, weight });
const latest = (value: number): ReadingPoint[] => series("2024-02-26", [value]);

export function firm(): ScoringSnapshot {
  return {
    asOf: d("2024-03-06"),
    functions: [
      { id: ACC, code: "ACC", name: "Accounting", controlFlexibility: 15, targetExploreShare: 10 },
      { id: SAL, code: "SAL", name: "Sales", controlFlexibility: 82, targetExploreShare: 50 },
      { id: RSK, code: "RSK", name: "Risk", controlFlexibility: null, targetExploreShare: null },
    ],
    priorities: [priority(300, "P-CLOSE", 1, ACC), priority(100, "P-COST", 3, null), priority(200, "P-MOBILE", 2, SAL)],
    kpis: [
      kpi(1, { code: "DEM-B", layer: "demand", scorecard: "strategic", businessPriorityId: 100, weight: 2 }),
      kpi(5, { code: "DEM-A", layer: "demand", scorecard: "strategic", businessPriorityId: 100, businessFunctionId: SAL }),
      kpi(2, { code: "DEM-C", layer: "demand", scorecard: "strategic", businessPriorityId: 200 }),
      kpi(3, { code: "DEM-D", layer: "demand", scorecard: "strategic", businessPriorityId: 300, businessFunctionId: ACC }),
      kpi(4, { code: "DEM-E", layer: "demand", scorecard: "development", businessPriorityId: 100 }),
      kpi(11, { code: "SUP-1", orientation: "exploit" }),
      kpi(12, { code: "SUP-2", orientation: "explore" }),
      kpi(13, { code: "SUP-3", orientation: "exploit" }),
      kpi(21, { code: "CAP-1", layer: "capability", orientation: "exploit" }),
      kpi(22, { code: "CAP-2", layer: "capability", orientation: "explore" }),
      kpi(23, { code: "CAP-3", layer: "capability", orientation: "explore" }),
    ],
    links: [
      link(11, 1),
      link(12, 1, 2),
      link(21, 11),
      link(22, 11),
      link(23, 12),
      link(13, 2),
      link(23, 3),
      link(1, 21), // closes a cycle DEM-B → SUP-1 → CAP-1 → DEM-B
    ],
    readings: new Map([
      [1, series("2024-02-12", [6, 7, 8])],
      [5, latest(5)],
      [2, latest(2)],
      [4, latest(5)],
      [11, latest(11)],
      [13, series("2024-02-05", [10])],
      [21, latest(-4)],
      [23, latest(5)],
    ]),
  };
}
