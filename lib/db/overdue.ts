// Reminders: which KPIs owe a reading, for one owner or across the organisation. The due rule is
// the pure readingDue; this file only fetches what it needs.
import { compareDue, readingDue, type ReadingDue } from "@/lib/domain/reading-due";
import { kpiStatus, type Status } from "@/lib/domain/scoring";
import { db } from "./client";
import { listKpisWithLatestReading, type KpiWithLatestReading } from "./kpis";

export type KpiWithDue = KpiWithLatestReading & { due: ReadingDue; status: Status };

/** One owner's live KPIs (everyone's when `ownerId` is null), most urgent first. */
export async function listKpisByDue(ownerId: number | null, today = new Date()): Promise<KpiWithDue[]> {
  const kpis = await listKpisWithLatestReading(ownerId);
  return kpis
    .map((kpi) => ({ ...kpi, due: readingDue(kpi.frequency, kpi.latest?.period ?? null, today), status: kpiStatus(kpi, kpi.latest?.value ?? null) }))
    .sort((a, b) => compareDue(a.due, b.due) || a.code.localeCompare(b.code));
}

/**
 * How many live KPIs (one owner's, or everyone's) are overdue. Cheap enough for every page: one
 * grouped query for the latest periods rather than a row per reading.
 */
export async function countOverdueKpis(ownerId: number | null, today = new Date()): Promise<number> {
  const where = { archivedAt: null, ownerId: ownerId ?? undefined };
  const [kpis, latest] = await Promise.all([
    db().kpi.findMany({ where, select: { id: true, frequency: true } }),
    db().reading.groupBy({ by: ["kpiId"], where: { kpi: where }, _max: { period: true } }),
  ]);
  const latestByKpi = new Map(latest.map((row) => [row.kpiId, row._max.period]));
  return kpis.filter((kpi) => readingDue(kpi.frequency, latestByKpi.get(kpi.id) ?? null, today).state === "overdue").length;
}
