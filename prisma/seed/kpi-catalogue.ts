// The layered KPI catalogue of the demo: demand (top level, anchored in business priorities),
// supply (process performance, mapped to process steps) and capability (maturity of people,
// process and technology).
import { CAPABILITY_KPIS } from "./kpi-catalogue-capability";
import { DEMAND_KPIS } from "./kpi-catalogue-demand";
import { SUPPLY_KPIS } from "./kpi-catalogue-supply";
import type { KpiSeed } from "./kpi-seed";

export const KPI_CATALOGUE: readonly KpiSeed[] = [...DEMAND_KPIS, ...SUPPLY_KPIS, ...CAPABILITY_KPIS];

export function kpiSeed(code: string): KpiSeed {
  const kpi = KPI_CATALOGUE.find((candidate) => candidate.code === code);
  if (!kpi) throw new Error(`Unknown KPI ${code} in seed data`);
  return kpi;
}
