import type { KpiLayer, ScorecardKind } from "@/lib/generated/prisma/client";
import { db } from "./client";

export interface KpiFilter {
  layer?: KpiLayer;
  scorecard?: ScorecardKind;
}

const catalogueSelect = {
  id: true,
  code: true,
  name: true,
  layer: true,
  scorecard: true,
  unit: true,
  direction: true,
  target: true,
  redFlag: true,
  bandLow: true,
  bandHigh: true,
  bandTolerance: true,
  frequency: true,
  indicatorType: true,
  owner: { select: { name: true, email: true } },
  businessPriority: { select: { code: true, title: true } },
} as const;

export async function listKpis(filter: KpiFilter, page: number, pageSize: number) {
  const where = { archivedAt: null, layer: filter.layer, scorecard: filter.scorecard };
  const [total, kpis] = await db().$transaction([
    db().kpi.count({ where }),
    db().kpi.findMany({
      where,
      select: catalogueSelect,
      orderBy: [{ layer: "asc" }, { scorecard: "asc" }, { code: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { total, kpis };
}

export type CatalogueKpi = Awaited<ReturnType<typeof listKpis>>["kpis"][number];

/** How many live KPIs each scorecard holds, per layer. */
export async function countKpisByScorecardAndLayer() {
  const rows = await db().kpi.groupBy({ by: ["scorecard", "layer"], where: { archivedAt: null }, _count: { _all: true } });
  return rows.map((row) => ({ scorecard: row.scorecard, layer: row.layer, count: row._count._all }));
}

/** The owner's KPIs with their current latest reading (highest version of the latest period). */
export async function listOwnedKpisWithLatestReading(ownerId: number) {
  const kpis = await db().kpi.findMany({
    where: { ownerId, archivedAt: null },
    select: {
      ...catalogueSelect,
      readings: { orderBy: [{ period: "desc" }, { version: "desc" }], take: 1, select: { period: true, value: true, enteredAt: true } },
    },
    orderBy: [{ layer: "asc" }, { code: "asc" }],
  });
  return kpis.map(({ readings, ...kpi }) => ({ ...kpi, latest: readings[0] ?? null }));
}
