// What a reading import file means: its header, each row as a candidate reading, and — against
// the KPIs and current readings it names — what writing it would do. Pure, so that every rule of
// the all-or-nothing import is testable without a database.
import type { Frequency } from "./periods";
import { toIsoDate } from "./periods";
import { classifyReading, noteRequired, periodProblem, type ReadingChange } from "./reading-rules";
import type { Thresholds } from "./scoring/types";

export const IMPORT_COLUMNS = ["kpi_code", "period", "value", "note"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** A problem at a place in the file: a cell, a whole row (column null) or the file (row 0). */
export interface RowError {
  /** The CSV record number; the header is row 1. */
  row: number;
  column: string | null;
  message: string;
}

/** Where each column sits in the file; `note` may be absent. */
export type ColumnIndex = { [column in ImportColumn]: number | undefined } & { width: number };

export interface ImportCandidate {
  row: number;
  kpiCode: string;
  period: Date;
  value: number;
  note: string;
}

export interface ImportKpi extends Thresholds {
  id: number;
  code: string;
  ownerId: number;
  frequency: Frequency;
  archived: boolean;
}

export interface CurrentReading {
  value: number;
  note: string;
  version: number;
}

export interface PlannedReading {
  row: number;
  change: Exclude<ReadingChange, "unchanged">;
  kpiId: number;
  period: Date;
  value: number;
  note: string;
  version: number;
}

export interface ImportContext {
  kpis: ReadonlyMap<string, ImportKpi>;
  /** Current version per `readingKey(kpiId, period)`. */
  current: ReadonlyMap<string, CurrentReading>;
  /** Whether the importer may write this KPI's readings (the permission matrix, asked by the caller). */
  mayWrite: (kpi: ImportKpi) => boolean;
  today: Date;
}

const REQUIRED: readonly ImportColumn[] = ["kpi_code", "period", "value"];

export const readingKey = (kpiId: number, period: Date) => `${kpiId}|${toIsoDate(period)}`;

/** Columns may come in any order; each must be known and appear once, `note` may be left out. */
export function readHeader(fields: readonly string[]): { columns: ColumnIndex; errors: RowError[] } {
  const columns: ColumnIndex = { kpi_code: undefined, period: undefined, value: undefined, note: undefined, width: fields.length };
  const errors: RowError[] = [];
  fields.forEach((raw, index) => {
    const name = raw.trim();
    if (!isImportColumn(name)) {
      errors.push({ row: 1, column: name, message: `Unknown column '${name}': the columns are ${IMPORT_COLUMNS.join(", ")}` });
    } else if (columns[name] !== undefined) {
      errors.push({ row: 1, column: name, message: `Column '${name}' appears more than once` });
    } else {
      columns[name] = index;
    }
  });
  for (const column of REQUIRED) {
    if (columns[column] === undefined) errors.push({ row: 1, column, message: `Column '${column}' is missing from the header` });
  }
  return { columns, errors };
}

function isImportColumn(name: string): name is ImportColumn {
  return (IMPORT_COLUMNS as readonly string[]).includes(name);
}

/** A KPI and period may appear once in a file: which of two values would win is not obvious. */
export function duplicateErrors(candidates: readonly ImportCandidate[]): RowError[] {
  const firstRow = new Map<string, number>();
  const errors: RowError[] = [];
  for (const candidate of candidates) {
    const key = `${candidate.kpiCode}|${toIsoDate(candidate.period)}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, candidate.row);
    else {
      errors.push({
        row: candidate.row,
        column: "period",
        message: `KPI ${candidate.kpiCode} has period ${toIsoDate(candidate.period)} already on row ${first}`,
      });
    }
  }
  return errors;
}

/** What writing one candidate would do, or why it may not be written. */
export function planRow(candidate: ImportCandidate, context: ImportContext): { planned?: PlannedReading; unchanged?: true; errors: RowError[] } {
  const { row, kpiCode } = candidate;
  const kpi = context.kpis.get(kpiCode);
  if (!kpi) return { errors: [{ row, column: "kpi_code", message: `Unknown KPI '${kpiCode}'` }] };
  if (kpi.archived) return { errors: [{ row, column: "kpi_code", message: `KPI ${kpiCode} is archived and takes no readings` }] };
  if (!context.mayWrite(kpi)) {
    return { errors: [{ row, column: "kpi_code", message: `You do not own KPI ${kpiCode}` }] };
  }
  const problem = periodProblem(candidate.period, kpi.frequency, context.today);
  if (problem) return { errors: [{ row, column: "period", message: problem }] };

  const current = context.current.get(readingKey(kpi.id, candidate.period)) ?? null;
  const change = classifyReading(current, { value: candidate.value, note: candidate.note });
  if (change === "unchanged") return { unchanged: true, errors: [] };
  // Only rows that write are held to the note rule: an unchanged row re-states what is stored.
  if (candidate.note === "" && noteRequired(kpi, candidate.value)) {
    return { errors: [{ row, column: "note", message: `${candidate.value} is red for KPI ${kpiCode}: a red reading needs a note` }] };
  }
  const planned: PlannedReading = {
    row,
    change,
    kpiId: kpi.id,
    period: candidate.period,
    value: candidate.value,
    note: candidate.note,
    version: (current?.version ?? 0) + 1,
  };
  return { planned, errors: [] };
}

export interface ImportPlan {
  writes: PlannedReading[];
  unchanged: number;
  errors: RowError[];
}

/** Every candidate planned against the context; errors in file order. */
export function planImport(candidates: readonly ImportCandidate[], context: ImportContext): ImportPlan {
  const plan: ImportPlan = { writes: [], unchanged: 0, errors: [] };
  for (const candidate of candidates) addToPlan(plan, planRow(candidate, context));
  return plan;
}

export function addToPlan(plan: ImportPlan, outcome: ReturnType<typeof planRow>): void {
  if (outcome.planned) plan.writes.push(outcome.planned);
  if (outcome.unchanged) plan.unchanged += 1;
  plan.errors.push(...outcome.errors);
}

const COLUMN_ORDER: readonly (string | null)[] = [null, ...IMPORT_COLUMNS];

/** File order: by row, then by column as the header names them. */
export function sortRowErrors(errors: RowError[]): RowError[] {
  const rank = (column: string | null) => {
    const index = COLUMN_ORDER.indexOf(column);
    return index === -1 ? COLUMN_ORDER.length : index;
  };
  return errors.sort((a, b) => a.row - b.row || rank(a.column) - rank(b.column));
}
