// The all-or-nothing CSV import of readings: parse, validate every row against the KPIs and the
// current readings it names, then write every new reading and correction in ONE transaction,
// each with its own audit event (as readings entered by hand or by API have), plus one event
// summarising the import.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Actor } from "@/lib/auth/permissions";
import { CsvSyntaxError, parseCsv, type CsvRecord } from "@/lib/domain/csv";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import {
  addToPlan,
  duplicateErrors,
  planRow,
  readHeader,
  readingKey,
  readRow,
  sortRowErrors,
  type ColumnIndex,
  type CurrentReading,
  type ImportCandidate,
  type ImportContext,
  type ImportKpi,
  type ImportPlan,
  type PlannedReading,
} from "@/lib/domain/reading-import";
import { Prisma } from "@/lib/generated/prisma/client";
import { REASON_MAX } from "@/lib/schemas/reading";
import { IMPORT_MAX_ROWS, type ImportProgress, type ImportResult, type RowError } from "@/lib/schemas/reading-import";
import { recordAudit } from "./audit";
import { db } from "./client";
import { kpiThresholdSelect } from "./kpis";

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: RowError[] };

export interface ImportRequest {
  text: string;
  actor: Actor;
  dryRun: boolean;
  today?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

export class ImportRowLimitError extends Error {
  constructor(readonly rows: number) {
    super(`The file has ${rows.toLocaleString("en")} data rows; at most ${IMPORT_MAX_ROWS.toLocaleString("en")} can be imported at once`);
  }
}

/** Another writer added a reading for one of the file's periods between validation and writing. */
export class ImportConflictError extends Error {
  constructor() {
    super("Readings for some of these periods changed while the file was being imported; nothing was written. Try again.");
  }
}

/** Rows handled between progress reports (and between turns of the event loop, so they flush). */
const CHUNK = 10_000;
/** Rows per INSERT: each column travels as one array parameter, so only memory bounds it. */
const WRITE_BATCH = 20_000;
const WRITE_TIMEOUT_MS = 10 * 60_000;

export async function importReadingsCsv(request: ImportRequest): Promise<ImportOutcome> {
  const report = request.onProgress ?? (() => {});
  report({ phase: "parsing", done: 0, total: request.text.length });
  const parsed = parseFile(request.text);
  if ("errors" in parsed) return { ok: false, errors: parsed.errors };
  report({ phase: "parsing", done: request.text.length, total: request.text.length });

  const { columns, rows } = parsed;
  // Validation runs over candidates (rows) and then plans them against the database; the
  // progress total counts both passes.
  const total = rows.length * 2;
  const candidates = await readCandidates(rows, columns, (done) => report({ phase: "validating", done, total }));
  const context = await loadImportContext(candidates.list, request.actor, request.today ?? utcDay(new Date()));
  // Row, duplicate and KPI errors are reported together, so a user sees every problem of the
  // file at once rather than one kind per attempt.
  const plan: ImportPlan = { writes: [], unchanged: 0, errors: candidates.errors };
  await inChunks(candidates.list, (candidate) => addToPlan(plan, planRow(candidate, context)), (done) =>
    report({ phase: "validating", done: rows.length + done, total }),
  );
  report({ phase: "validating", done: total, total });
  if (plan.errors.length > 0) return { ok: false, errors: sortRowErrors(plan.errors) };

  const result: ImportResult = {
    dryRun: request.dryRun,
    rows: rows.length,
    imported: plan.writes.filter((write) => write.change === "new").length,
    corrected: plan.writes.filter((write) => write.change === "correction").length,
    unchanged: plan.unchanged,
  };
  if (!request.dryRun) await writeImport(plan, result, request.actor, report);
  return { ok: true, result };
}

function parseFile(text: string): { columns: ColumnIndex; rows: CsvRecord[] } | { errors: RowError[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { errors: [{ row: error.row, column: null, message: error.message }] };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { errors: [{ row: 0, column: null, message: "The file is empty: it needs a header kpi_code,period,value,note and rows" }] };
  if (rows.length > IMPORT_MAX_ROWS) throw new ImportRowLimitError(rows.length);
  const { columns, errors } = readHeader(header.fields);
  if (errors.length > 0) return { errors };
  if (rows.length === 0) return { errors: [{ row: 0, column: null, message: "The file has a header but no rows" }] };
  return { columns, rows };
}

async function readCandidates(rows: CsvRecord[], columns: ColumnIndex, progress: (done: number) => void) {
  const list: ImportCandidate[] = [];
  const errors: RowError[] = [];
  await inChunks(rows, (record) => {
    const outcome = readRow(record, columns);
    if (outcome.candidate) list.push(outcome.candidate);
    errors.push(...outcome.errors);
  }, progress);
  // A loop, not push(...spread): a file of duplicates could exceed the argument limit.
  for (const duplicate of duplicateErrors(list)) errors.push(duplicate);
  return { list, errors };
}

async function inChunks<T>(items: readonly T[], each: (item: T) => void, progress: (done: number) => void): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK) {
    const end = Math.min(items.length, start + CHUNK);
    for (let index = start; index < end; index += 1) each(items[index] as T);
    progress(end);
    await nextTurn();
  }
}

/** The KPIs the file names and the current version of each (KPI, period) it names. */
export async function loadImportContext(candidates: readonly ImportCandidate[], actor: Actor, today: Date): Promise<ImportContext> {
  const codes = [...new Set(candidates.map((candidate) => candidate.kpiCode))];
  const rows = await db().kpi.findMany({
    where: { code: { in: codes } },
    select: {
      id: true, code: true, ownerId: true, frequency: true, archivedAt: true,
      ...kpiThresholdSelect,
    },
  });
  const kpis = new Map<string, ImportKpi>(rows.map(({ archivedAt, ...kpi }) => [kpi.code, { ...kpi, archived: archivedAt !== null }]));
  const wanted = candidates.flatMap((candidate) => {
    const kpi = kpis.get(candidate.kpiCode);
    return kpi ? [{ kpiId: kpi.id, period: candidate.period }] : [];
  });
  return { kpis, current: await currentReadings(wanted), actor, today };
}

/** One query for any number of (KPI, period) pairs: the pairs travel as two parallel arrays. */
async function currentReadings(wanted: readonly { kpiId: number; period: Date }[]): Promise<Map<string, CurrentReading>> {
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

/** Every write and its audit events in one transaction: a failure anywhere leaves nothing behind. */
async function writeImport(plan: ImportPlan, result: ImportResult, actor: Actor, report: (progress: ImportProgress) => void) {
  const total = plan.writes.length;
  try {
    await db().$transaction(
      async (tx) => {
        for (let start = 0; start < total; start += WRITE_BATCH) {
          report({ phase: "writing", done: start, total });
          await insertReadings(tx, plan.writes.slice(start, start + WRITE_BATCH), actor);
        }
        report({ phase: "writing", done: total, total });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "reading.import",
          entityType: "ReadingImport",
          entityId: `${actor.id}:${new Date().toISOString()}`,
          after: { ...result, kpis: [...new Set(plan.writes.map((write) => write.kpiId))] },
        });
      },
      { timeout: WRITE_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ImportConflictError();
    throw error;
  }
}

const DEFAULT_REASON = "Corrected by file import";

/**
 * One statement per batch with the columns as parallel arrays: measured (npm run bench) about ten
 * times faster and far leaner in memory than createMany for 200,000 rows. The same statement
 * writes each reading's audit event (a correction's "before" is the version it supersedes), so
 * the audit log stays complete without a round trip per row.
 */
async function insertReadings(tx: Prisma.TransactionClient, writes: readonly PlannedReading[], actor: Actor): Promise<void> {
  const column = <T>(pick: (write: PlannedReading) => T) => writes.map(pick);
  // A correction's reason is the row's note; the reason column is shorter, hence the cut.
  const reasons = column((write) => (write.change === "correction" ? (write.note || DEFAULT_REASON).slice(0, REASON_MAX) : null));
  await tx.$executeRaw`
    WITH inserted AS (
      INSERT INTO "Reading" ("kpiId", "period", "version", "value", "note", "reason", "source", "enteredById")
      SELECT batch."kpiId", batch."period", batch."version", batch."value", batch."note", batch."reason", 'import'::"ReadingSource", ${actor.id}::int
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
    SELECT ${actor.id}::int,
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

/**
 * Another writer took a version this import planned to write. Raw statements report Postgres'
 * unique violation (23505) as P2010 with the original code inside; ORM calls report P2002.
 */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  return error.code === "P2010" && JSON.stringify(error.meta ?? {}).includes("23505");
}
