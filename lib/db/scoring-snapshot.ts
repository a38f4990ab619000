// Loads everything the scoring engine needs for one as-of date in a handful of queries. The
// readings are the expensive part, so the database picks them: per KPI, the newest periods as
// known on the as-of day, found by walking the (kpiId, period DESC, version DESC) index. The cost
// grows with the number of KPIs, never with the length of their history.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import type { FunctionInput, KpiDefinition, KpiLink, Orientation, PriorityInput, ReadingPoint, ScoringSnapshot } from "@/lib/domain/scoring/types";
import { db } from "./client";
import { linkInForceOn } from "./kpi-links";
import { kpiThresholdSelect } from "./kpis";

/** Enough periods for a trend and a sparkline; the engine never looks further back. */
export const DEFAULT_READINGS_PER_KPI = 12;

/** The columns a KpiDefinition is made from; spread it into a larger select to reuse the mapping. */
export const kpiDefinitionSelect = {
  id: true,
  code: true,
  name: true,
  unit: true,
  layer: true,
  scorecard: true,
  frequency: true,
  indicatorType: true,
  weight: true,
  ...kpiThresholdSelect,
  businessFunctionId: true,
  businessPriorityId: true,
  owner: { select: { name: true } },
  processStep: { select: { process: { select: { kind: true } } } },
  capability: { select: { process: { select: { kind: true } } } },
} satisfies Prisma.KpiSelect;

type KpiDefinitionRow = Prisma.KpiGetPayload<{ select: typeof kpiDefinitionSelect }>;

/**
 * A supply KPI inherits exploit/explore from its process, a capability KPI from the process the
 * capability serves; demand KPIs have neither and are left for the engine to derive.
 */
export function toKpiDefinition(row: KpiDefinitionRow): KpiDefinition {
  const orientation: Orientation | null = row.processStep?.process.kind ?? row.capability?.process?.kind ?? null;
  // Field by field, so a caller passing a richer row (kpi-detail) does not leak its extras.
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    layer: row.layer,
    scorecard: row.scorecard,
    frequency: row.frequency,
    indicatorType: row.indicatorType,
    weight: row.weight,
    direction: row.direction,
    target: row.target,
    redFlag: row.redFlag,
    bandLow: row.bandLow,
    bandHigh: row.bandHigh,
    bandTolerance: row.bandTolerance,
    businessFunctionId: row.businessFunctionId,
    businessPriorityId: row.businessPriorityId,
    ownerName: row.owner.name,
    orientation,
  };
}

interface ReadingRow extends ReadingPoint {
  kpiId: number;
}

/**
 * For each live KPI, its latest `limit` periods up to the as-of day, each at the highest version
 * entered by the end of that day (UTC). DISTINCT ON keeps the first row per period in index
 * order, which is its highest qualifying version; the LIMIT stops the index scan early.
 */
function readingsAsOfDay(day: string, limit: number): Promise<ReadingRow[]> {
  return db().$queryRaw<ReadingRow[]>`
    SELECT r."kpiId", r.period, r.value, r.note, r.version, r."enteredAt"
    FROM "Kpi" k
    CROSS JOIN LATERAL (
      SELECT DISTINCT ON (x.period) x."kpiId", x.period, x.value, x.note, x.version, x."enteredAt"
      FROM "Reading" x
      WHERE x."kpiId" = k.id
        AND x.period <= ${day}::date
        AND x."enteredAt" < ${day}::date + 1
      ORDER BY x.period DESC, x.version DESC
      LIMIT ${limit}::int
    ) r
    WHERE k."archivedAt" IS NULL OR k."archivedAt" >= ${day}::date + 1
    ORDER BY r."kpiId", r.period DESC`;
}

function groupByKpi(rows: ReadingRow[]): Map<number, ReadingPoint[]> {
  const readings = new Map<number, ReadingPoint[]>();
  for (const { kpiId, ...point } of rows) {
    const points = readings.get(kpiId);
    if (points) points.push(point);
    else readings.set(kpiId, [point]);
  }
  return readings;
}

/**
 * A KPI archived after the as-of day was still live then, so past scorecards and board packs keep
 * it. (Definitions and thresholds are today's: they carry no history of their own. Links are dated.)
 */
function liveOn(dayAfter: Date) {
  return { OR: [{ archivedAt: null }, { archivedAt: { gte: dayAfter } }] };
}

async function listKpiDefinitions(dayAfter: Date): Promise<KpiDefinition[]> {
  const rows = await db().kpi.findMany({ where: liveOn(dayAfter), select: kpiDefinitionSelect, orderBy: { code: "asc" } });
  return rows.map(toKpiDefinition);
}

/** Links in force on `day` between KPIs live then, so a past view shows the tree as it was. */
function listLiveLinks(day: Date, dayAfter: Date): Promise<KpiLink[]> {
  return db().kpiLink.findMany({
    where: { ...linkInForceOn(day), supporting: liveOn(dayAfter), supported: liveOn(dayAfter) },
    select: { supportingId: true, supportedId: true, weight: true },
  });
}

function listPriorities(): Promise<PriorityInput[]> {
  return db().businessPriority.findMany({
    select: { id: true, code: true, title: true, weight: true, businessFunctionId: true, startsOn: true, endsOn: true },
    orderBy: { code: "asc" },
  });
}

/** Each function with the demand profile in force on `day`: the latest that took effect by then. */
async function listFunctionsAsOf(day: Date): Promise<FunctionInput[]> {
  const functions = await db().businessFunction.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      profiles: {
        where: { effectiveFrom: { lte: day } },
        orderBy: { effectiveFrom: "desc" },
        take: 1,
        select: { controlFlexibility: true, targetExploreShare: true },
      },
    },
    orderBy: { code: "asc" },
  });
  return functions.map(({ profiles, ...fn }) => ({
    ...fn,
    controlFlexibility: profiles[0]?.controlFlexibility ?? null,
    targetExploreShare: profiles[0]?.targetExploreShare ?? null,
  }));
}

export async function loadScoringSnapshot(asOf: Date, options: { readingsPerKpi?: number } = {}): Promise<ScoringSnapshot> {
  const day = utcDay(asOf);
  const limit = options.readingsPerKpi ?? DEFAULT_READINGS_PER_KPI;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`readingsPerKpi must be a positive integer, not ${limit}`);
  const dayAfter = addDays(day, 1);
  const [kpis, links, readingRows, priorities, functions] = await Promise.all([
    listKpiDefinitions(dayAfter),
    listLiveLinks(day, dayAfter),
    readingsAsOfDay(toIsoDate(day), limit),
    listPriorities(),
    listFunctionsAsOf(day),
  ]);
  return { asOf: day, kpis, links, readings: groupByKpi(readingRows), priorities, functions };
}
