import type { Layer, ScorecardKind } from "@/lib/domain/enums";
import { db } from "./client";
import { KPI_DEFINITION_FIELDS } from "./kpi-definitions";

/** The columns a KPI's score needs: direction, target and red flag, or its band. */
export const kpiThresholdSelect = { direction: true, target: true, redFlag: true, bandLow: true, bandHigh: true, bandTolerance: true } as const;

export interface KpiFilter {
  layer?: Layer;
  scorecard?: ScorecardKind;
}

const catalogueSelect = {
  id: true,
  code: true,
  name: true,
  layer: true,
  scorecard: true,
  unit: true,
  ...kpiThresholdSelect,
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

/** Live KPIs (one owner's, or everyone's when `ownerId` is null) with their current latest reading. */
export async function listKpisWithLatestReading(ownerId: number | null) {
  const kpis = await db().kpi.findMany({
    where: { ownerId: ownerId ?? undefined, archivedAt: null },
    select: {
      ...catalogueSelect,
      ownerId: true,
      readings: { orderBy: [{ period: "desc" }, { version: "desc" }], take: 1, select: { period: true, value: true, enteredAt: true } },
    },
    orderBy: [{ layer: "asc" }, { code: "asc" }],
  });
  return kpis.map(({ readings, ...kpi }) => ({ ...kpi, latest: readings[0] ?? null }));
}

export type KpiWithLatestReading = Awaited<ReturnType<typeof listKpisWithLatestReading>>[number];

/** What entering a reading needs to know about its KPI: who may write it and the rules it obeys. */
export function getKpiForReading(code: string) {
  // Postgres text cannot hold NUL, so no code has one; asking would be an error, not a miss.
  if (code.includes("\u0000")) return Promise.resolve(null);
  return db().kpi.findFirst({
    where: { code, archivedAt: null },
    select: {
      id: true,
      code: true,
      name: true,
      unit: true,
      frequency: true,
      ownerId: true,
      ...kpiThresholdSelect,
    },
  });
}

export type KpiForReading = NonNullable<Awaited<ReturnType<typeof getKpiForReading>>>;

/** People who own at least one live KPI, for choosing whose KPIs to look at. */
export function listKpiOwners() {
  return db().user.findMany({
    where: { ownedKpis: { some: { archivedAt: null } } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

export interface KpiApiFilter extends KpiFilter {
  /** A business function's code. */
  businessFunction?: string;
  /** The owner's email. */
  owner?: string;
}

/** The catalogue as machine clients page through it, in a stable order. */
export async function listKpisForApi(filter: KpiApiFilter, limit: number, offset: number) {
  const where = {
    archivedAt: null,
    layer: filter.layer,
    scorecard: filter.scorecard,
    businessFunction: filter.businessFunction === undefined ? undefined : { code: filter.businessFunction },
    owner: filter.owner === undefined ? undefined : { email: { equals: filter.owner, mode: "insensitive" as const } },
  };
  const [total, kpis] = await db().$transaction([
    db().kpi.count({ where }),
    db().kpi.findMany({
      where,
      select: KPI_DEFINITION_FIELDS,
      orderBy: { code: "asc" },
      skip: offset,
      take: limit,
    }),
  ]);
  return { total, kpis };
}
