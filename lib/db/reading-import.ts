// The queries of the all-or-nothing reading import (lib/services/reading-import.ts): the KPIs and
// current readings a file names, and the one-statement-per-batch write of every reading with its
// audit event.
import type { ImportKpi, CurrentReading, PlannedReading } from "@/lib/domain/reading-import";
import { readingKey } from "@/lib/domain/reading-import";
import { toIsoDate } from "@/lib/domain/periods";
import { recordAudit } from "./audit";
import { db } from "./client";
import { kpiThresholdSelect } from "./kpis";
import type { Tx } from "./transaction";

/** The KPIs with these codes, archived or not (the rules say why an archived one is refused). */
export async function findImportKpis(codes: readonly string[]): Promise<Map<string, ImportKpi>> {
  const rows = await db().kpi.findMany({
    where: { code: { in: [...codes] } },
    select: { id: true, code: true, ownerId: true, frequency: true, archivedAt: true, ...kpiThresholdSelect },
  });
  return new Map<string, ImportKpi>(rows.map(({ archivedAt, ...kpi }) => [kpi.code, { ...kpi, archived: archivedAt !== null }]));
}

/** One query for any number of (KPI, period) pairs: the pairs travel as two parallel arrays. */
export async function currentReadings(wanted: readonly { kpiId: number; period: Date }[]): Promise<Map<string, CurrentReading>> {
  if (wanted.length === 0) return new Map();
  const kpiIds = wanted.map((pair) => pair.kpiId);
  const periods = wanted.map((pair) => pair.period.toISOString().slice(0, 10));
  const found = await db().$queryRaw<{ kpiId: number; period: Date; version: number; value: number; note: string }[]>`
    SELECT DISTINCT ON (r."kpiId", r."period") r."kpiId", r."period", r."version", r."value", r."note"
    FROM "Reading" r
    JOIN UNNEST(${kpiIds}::int[], ${periods}::date[]) AS wanted("kpiId", "period")
      ON r."kpiId" = wanted."kpiId" AND r."period" = wanted."period"
    ORDER BY r."kpiId", r."period", r."version" DESC`;
  return new Map(found.map((row) => [readingKey(row.kpiId, row.period), { value: row.value, note: row.note, version: row.version }]));
}

/** The import's summary event, written after its readings in the same transaction. */
export async function auditImport(tx: Tx, actorId: number, summary: Record<string, number | boolean>, kpiIds: number[]): Promise<void> {
  await recordAudit(tx, {
    actorId,
    action: "reading.import",
    entityType: "ReadingImport",
    entityId: `${actorId}:${new Date().toISOString()}`,
    after: { ...summary, kpis: kpiIds },
  });
}

const DEFAULT_REASON = "Corrected by file import";

/**
 * One statement per batch with the columns as parallel arrays: measured (npm run bench) about ten
 * times faster and far leaner in memory than createMany for 200,000 rows. The same statement
 * writes each reading's audit event (a correction's "before" is the version it supersedes), so
 * the audit log stays complete without a round trip per row.
 */
export async function insertReadings(tx: Tx, writes: readonly PlannedReading[], actorId: number, reasonMax: number): Promise<void> {
  const column = <T>(pick: (write: PlannedReading) => T) => writes.map(pick);
  // A correction's reason is the row's note; the reason column is shorter, hence the cut.
  const reasons = column((write) => (write.change === "correction" ? (write.note || DEFAULT_REASON).slice(0, reasonMax) : null));
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO "Reading" ("kpiId", "period", "version", "value", "note", "reason", "source", "enteredById")
      SELECT batch."kpiId", batch."period", batch."version", batch."value", batch."note", batch."reason", 'import'::"ReadingSource", ${actorId}::int
      FROM UNNEST(
        ${column((write) => write.kpiId)}::int[],
        ${column((write) => toIsoDate(write.period))}::date[],
        ${column((write) => write.version)}::int[],
        ${column((write) => write.value)}::float8[],
        ${column((write) => write.note)}::text[],
        ${reasons}::text[]
      ) AS batch("kpiId", "period", "version", "value", "note", "reason")
      RETURNING "id", "kpiId", "period", "version", "value", "note", "reason"
    )
    INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "before", "after")
    SELECT ${actorId}::int,
           CASE WHEN i."version" > 1 THEN 'reading.correct' ELSE 'reading.create' END,
           'Reading',
           i."id"::text,
           (SELECT jsonb_build_object('value', p."value", 'note', p."note", 'version', p."version")
              FROM "Reading" p
             WHERE p."kpiId" = i."kpiId" AND p."period" = i."period" AND p."version" = i."version" - 1),
           jsonb_build_object('kpiId', i."kpiId", 'period', i."period", 'value', i."value", 'version', i."version",
                              'reason', i."reason", 'source', 'import')
    FROM inserted i`;
}
