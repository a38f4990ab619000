// The whole model in one read, for the catalogue file (lib/services/catalogue.ts): every value
// chain, function with its profile history, priority, process with its steps and monitoring,
// capability, KPI, link in force, team and coordination mechanism. Readings, assessments, logs and
// initiatives are history, not model, and stay out. Read inside the import's transaction too.
import { CAPABILITY_ROW } from "./capabilities";
import { db } from "./client";
import { COORDINATION_ROW } from "./coordination";
import { KPI_DEFINITION_FIELDS } from "./kpi-definitions";
import { linkInForceOn } from "./kpi-links";
import { PROCESS_DETAIL } from "./processes";
import { TEAM_ROW } from "./teams";
import type { Tx } from "./transaction";

export async function readCatalogue(today: Date, tx: Tx = db()) {
  // One after another: inside a transaction they share one connection anyway.
  return {
    valueChains: await tx.valueChain.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, description: true, version: true } }),
    businessFunctions: await tx.businessFunction.findMany({
      orderBy: { code: "asc" },
      select: {
        code: true,
        name: true,
        description: true,
        version: true,
        valueChain: { select: { code: true } },
        profiles: {
          orderBy: { effectiveFrom: "asc" },
          select: {
            effectiveFrom: true,
            controlFlexibility: true,
            riskTolerance: true,
            availabilityNeed: true,
            changeCadence: true,
            users: true,
            transactionsPerDay: true,
            peakTimes: true,
            targetExploreShare: true,
            rationale: true,
          },
        },
      },
    }),
    priorities: await tx.businessPriority.findMany({
      orderBy: { code: "asc" },
      select: {
        code: true,
        title: true,
        description: true,
        weight: true,
        startsOn: true,
        endsOn: true,
        version: true,
        businessFunction: { select: { code: true } },
      },
    }),
    processes: await tx.process.findMany({ orderBy: { code: "asc" }, include: PROCESS_DETAIL }),
    capabilities: await tx.capability.findMany({ orderBy: { code: "asc" }, select: CAPABILITY_ROW }),
    kpis: await tx.kpi.findMany({ orderBy: { code: "asc" }, select: KPI_DEFINITION_FIELDS }),
    links: await tx.kpiLink.findMany({
      where: { ...linkInForceOn(today), supporting: { archivedAt: null }, supported: { archivedAt: null } },
      orderBy: [{ supporting: { code: "asc" } }, { supported: { code: "asc" } }],
      select: { weight: true, supporting: { select: { code: true } }, supported: { select: { code: true } } },
    }),
    teams: await tx.team.findMany({ orderBy: { code: "asc" }, select: TEAM_ROW }),
    coordination: await tx.coordinationMechanism.findMany({ orderBy: { code: "asc" }, select: COORDINATION_ROW }),
  };
}
export type CatalogueRows = Awaited<ReturnType<typeof readCatalogue>>;
