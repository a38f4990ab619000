// The all-or-nothing import of a reading file: parse, validate every row against the KPIs and the
// current readings it names, then write every new reading and correction in ONE transaction,
// each with its own audit event (as readings entered by hand or by API have), plus one event
// summarising the import. Every refused cell is reported at once, in file order.
import { setImmediate as nextTurn } from "node:timers/promises";
import { can, type Actor } from "@/lib/auth/permissions";
import { auditImport, currentReadings, findImportKpis, insertReadings } from "@/lib/db/reading-import";
import { isUniqueViolation } from "@/lib/db/errors";
import { CsvSyntaxError, parseCsv, type CsvRecord } from "@/lib/domain/csv";
import { utcDay } from "@/lib/domain/periods";
import {
  addToPlan,
  duplicateErrors,
  planRow,
  readHeader,
  sortRowErrors,
  type ColumnIndex,
  type ImportCandidate,
  type ImportContext,
  type ImportPlan,
  type RowError,
} from "@/lib/domain/reading-import";
import { conflict, filePath, invalid, ok, refuse, tooLarge, type Result } from "@/lib/refusal";
import { REASON_MAX } from "@/lib/schemas/reading";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportProgress, type ImportResult } from "@/lib/schemas/reading-import";
import { readRow } from "@/lib/schemas/reading-row";
import { transactionally } from "./transaction";

export interface ImportRequest {
  /** The file as sent. */
  bytes: Uint8Array;
  dryRun: boolean;
  today?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

/** Rows handled between progress reports (and between turns of the event loop, so they flush). */
const CHUNK = 10_000;
/** Rows per INSERT: each column travels as one array parameter, so only memory bounds it. */
const WRITE_BATCH = 20_000;
const WRITE_TIMEOUT_MS = 10 * 60_000;

export const IMPORT_LIMITS = { maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS };

/** The reading:write role check is the caller's (the route); KPI ownership is checked per row here. */
export async function importReadings(actor: Actor, request: ImportRequest): Promise<Result<ImportResult>> {
  const text = decodeUtf8(request.bytes);
  if (text === null)
    return refuse(invalid([{ path: "file", message: "The file is not UTF-8 text" }], "The file is not UTF-8 text; save it as 'CSV UTF-8' and try again."));
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return refuse(invalid([{ path: "file", message: "The file is empty" }], "The body is empty: send a CSV file with the header kpi_code,period,value,note."));
  }
  const report = request.onProgress ?? (() => {});
  report({ phase: "parsing", done: 0, total: text.length });
  const parsed = parseFile(text);
  if ("tooMany" in parsed) {
    const message = `The file has ${parsed.tooMany.toLocaleString("en")} data rows; at most ${IMPORT_MAX_ROWS.toLocaleString("en")} can be imported at once`;
    return refuse(tooLarge(message, IMPORT_LIMITS));
  }
  if ("errors" in parsed) return refuse(rowRefusal(parsed.errors));
  report({ phase: "parsing", done: text.length, total: text.length });

  const { columns, rows } = parsed;
  // Validation reads the rows into candidates and then plans them against the database; the
  // progress total counts both passes.
  const total = rows.length * 2;
  const candidates = await readCandidates(rows, columns, (done) => report({ phase: "validating", done, total }));
  const context = await loadContext(candidates.list, actor, request.today ?? utcDay(new Date()));
  // Row, duplicate and KPI errors are reported together, so a user sees every problem of the
  // file at once rather than one kind per attempt.
  const plan: ImportPlan = { writes: [], unchanged: 0, errors: candidates.errors };
  await inChunks(
    candidates.list,
    (candidate) => addToPlan(plan, planRow(candidate, context)),
    (done) => report({ phase: "validating", done: rows.length + done, total }),
  );
  report({ phase: "validating", done: total, total });
  if (plan.errors.length > 0) return refuse(rowRefusal(sortRowErrors(plan.errors)));

  const result: ImportResult = {
    dryRun: request.dryRun,
    rows: rows.length,
    imported: plan.writes.filter((write) => write.change === "new").length,
    corrected: plan.writes.filter((write) => write.change === "correction").length,
    unchanged: plan.unchanged,
  };
  if (request.dryRun) return ok(result);
  return write(plan, result, actor, report);
}

/** The decoder drops a leading BOM; invalid UTF-8 is refused rather than silently replaced. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function rowRefusal(errors: RowError[]) {
  const count = new Set(errors.map((error) => error.row)).size;
  // A problem with the whole file (row 0) is its own best summary.
  const fileWide = errors.every((error) => error.row === 0);
  const summary = fileWide
    ? errors.map((error) => error.message).join("; ")
    : `${count === 1 ? "1 row has" : `${count} rows have`} problems; nothing was imported.`;
  return invalid(
    errors.map((error) => ({ path: filePath(error.row, error.column), message: error.message })),
    summary,
  );
}

function parseFile(text: string): { columns: ColumnIndex; rows: CsvRecord[] } | { errors: RowError[] } | { tooMany: number } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { errors: [{ row: error.row, column: null, message: error.message }] };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { errors: [{ row: 0, column: null, message: "The file is empty: it needs a header kpi_code,period,value,note and rows" }] };
  if (rows.length > IMPORT_MAX_ROWS) return { tooMany: rows.length };
  const { columns, errors } = readHeader(header.fields);
  if (errors.length > 0) return { errors };
  if (rows.length === 0) return { errors: [{ row: 0, column: null, message: "The file has a header but no rows" }] };
  return { columns, rows };
}

async function readCandidates(rows: CsvRecord[], columns: ColumnIndex, progress: (done: number) => void) {
  const list: ImportCandidate[] = [];
  const errors: RowError[] = [];
  await inChunks(
    rows,
    (record) => {
      const outcome = readRow(record, columns);
      if (outcome.candidate) list.push(outcome.candidate);
      errors.push(...outcome.errors);
    },
    progress,
  );
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

/** The KPIs the file names, the current version of each (KPI, period) it names, and who may write what. */
async function loadContext(candidates: readonly ImportCandidate[], actor: Actor, today: Date): Promise<ImportContext> {
  const kpis = await findImportKpis([...new Set(candidates.map((candidate) => candidate.kpiCode))]);
  const wanted = candidates.flatMap((candidate) => {
    const kpi = kpis.get(candidate.kpiCode);
    return kpi ? [{ kpiId: kpi.id, period: candidate.period }] : [];
  });
  return { kpis, current: await currentReadings(wanted), mayWrite: (kpi) => can(actor, "reading:write", { ownerId: kpi.ownerId }), today };
}

/** Every write and its audit events in one transaction: a failure anywhere leaves nothing behind. */
async function write(plan: ImportPlan, result: ImportResult, actor: Actor, report: (progress: ImportProgress) => void): Promise<Result<ImportResult>> {
  const total = plan.writes.length;
  try {
    return await transactionally(
      async (tx) => {
        for (let start = 0; start < total; start += WRITE_BATCH) {
          report({ phase: "writing", done: start, total });
          await insertReadings(tx, plan.writes.slice(start, start + WRITE_BATCH), actor.id, REASON_MAX);
        }
        report({ phase: "writing", done: total, total });
        await auditImport(tx, actor.id, result, [...new Set(plan.writes.map((each) => each.kpiId))]);
        return ok(result);
      },
      { timeoutMs: WRITE_TIMEOUT_MS, maxWaitMs: 30_000 },
    );
  } catch (error) {
    // Another writer added a reading for one of the file's periods between validation and writing.
    if (isUniqueViolation(error))
      return refuse(conflict("Readings for some of these periods changed while the file was being imported; nothing was written. Try again."));
    throw error;
  }
}
