import type { SetupCounts } from "@/lib/domain/setup-checklist";
import { toIsoDate } from "@/lib/domain/periods";
import { db } from "./client";
import type { Tx } from "./transaction";

interface CountsRow {
  value_chains: number;
  functions: number;
  functions_profiled: number;
  priorities_in_force: number;
  priorities: number;
  demand: number;
  supply: number;
  capability: number;
  demand_supported: number;
  processes: number;
  steps: number;
  supply_mapped: number;
  kpis_with_readings: number;
}

/**
 * What the organisation has recorded, as of `day`, in one round trip. The per-KPI questions are
 * EXISTS probes on indexed foreign keys, so the cost grows with KPIs, not with readings.
 */
export async function loadSetupCounts(asOf: Date, client: Tx = db()): Promise<SetupCounts> {
  // As a calendar day, whatever the session time zone.
  const day = toIsoDate(asOf);
  const [row] = await client.$queryRaw<CountsRow[]>`
    WITH live AS (SELECT id, layer, "processStepId" FROM "Kpi" WHERE "archivedAt" IS NULL)
    SELECT
      (SELECT count(*) FROM "ValueChain")::int AS value_chains,
      (SELECT count(*) FROM "BusinessFunction")::int AS functions,
      (SELECT count(*) FROM "BusinessFunction" f
        WHERE EXISTS (SELECT 1 FROM "DemandProfile" p WHERE p."businessFunctionId" = f.id AND p."effectiveFrom" <= ${day}::date))::int AS functions_profiled,
      (SELECT count(*) FROM "BusinessPriority" WHERE "startsOn" <= ${day}::date AND ("endsOn" IS NULL OR "endsOn" >= ${day}::date))::int AS priorities_in_force,
      (SELECT count(*) FROM "BusinessPriority")::int AS priorities,
      (SELECT count(*) FROM live WHERE layer = 'demand')::int AS demand,
      (SELECT count(*) FROM live WHERE layer = 'supply')::int AS supply,
      (SELECT count(*) FROM live WHERE layer = 'capability')::int AS capability,
      (SELECT count(*) FROM live k WHERE k.layer = 'demand' AND EXISTS (
        SELECT 1 FROM "KpiLink" l JOIN live s ON s.id = l."supportingId"
        WHERE l."supportedId" = k.id AND l."validFrom" <= ${day}::date AND (l."validTo" IS NULL OR l."validTo" > ${day}::date)))::int AS demand_supported,
      (SELECT count(*) FROM "Process")::int AS processes,
      (SELECT count(*) FROM "ProcessStep")::int AS steps,
      (SELECT count(*) FROM live WHERE layer = 'supply' AND "processStepId" IS NOT NULL)::int AS supply_mapped,
      (SELECT count(*) FROM live k WHERE EXISTS (SELECT 1 FROM "Reading" r WHERE r."kpiId" = k.id))::int AS kpis_with_readings`;
  if (!row) throw new Error("the set-up counts query answered no row");
  return {
    valueChains: row.value_chains,
    functions: row.functions,
    functionsProfiled: row.functions_profiled,
    prioritiesInForce: row.priorities_in_force,
    priorities: row.priorities,
    kpis: { demand: row.demand, supply: row.supply, capability: row.capability },
    demandSupported: row.demand_supported,
    processes: row.processes,
    steps: row.steps,
    supplyMapped: row.supply_mapped,
    kpisWithReadings: row.kpis_with_readings,
  };
}

/** Whether nothing of the organisation is recorded yet: a new deployment. Two index-only counts. */
export async function loadOrganisationSize(): Promise<{ valueChains: number; functions: number }> {
  const [valueChains, functions] = await Promise.all([db().valueChain.count(), db().businessFunction.count()]);
  return { valueChains, functions };
}
