// As-of reconstruction: what was known about a KPI on a past date (docs/scoring.md § As of).
import { addDays, utcDay } from "../periods";
import type { ReadingPoint } from "./types";

/**
 * One stored version of a reading, as the database keeps it (corrections are new versions).
 * Rows may carry more columns (reason, source, who); readingsAsOf hands them back untouched.
 */
export type ReadingRow = ReadingPoint;

/**
 * The readings as they stood at the end of the as-of day: periods up to that day, versions
 * entered by then, the highest such version per period, newest period first. The database
 * applies the same filter in SQL; this is the reference it is tested against.
 */
export function readingsAsOf<T extends ReadingRow>(rows: readonly T[], asOf: Date): T[] {
  const lastPeriod = utcDay(asOf).getTime();
  // "On or before the end of the as-of day" is "before the next day starts", whatever the time.
  const enteredBefore = addDays(utcDay(asOf), 1).getTime();
  const counted = new Map<number, T>();
  for (const row of rows) {
    const period = utcDay(row.period).getTime();
    if (period > lastPeriod || row.enteredAt.getTime() >= enteredBefore) continue;
    const kept = counted.get(period);
    if (kept === undefined || supersedes(row, kept)) counted.set(period, row);
  }
  return [...counted.entries()].sort(([a], [b]) => b - a).map(([, row]) => row);
}

function supersedes(row: ReadingRow, kept: ReadingRow): boolean {
  if (row.version !== kept.version) return row.version > kept.version;
  // Versions are unique per period in the database; should two tie anyway, the later entry wins.
  return row.enteredAt.getTime() > kept.enteredAt.getTime();
}

/** Relative to an as-of date: the version that counted, one replaced by then, or one not yet entered. */
export type VersionState = "current" | "superseded" | "later";

/**
 * Labels every stored version for the readings table of a KPI page, with the same rule as
 * readingsAsOf, so the table and the chart always agree.
 */
export function versionStates<T extends ReadingRow>(rows: readonly T[], asOf: Date): (T & { state: VersionState })[] {
  const counted = new Set(readingsAsOf(rows, asOf));
  const lastPeriod = utcDay(asOf).getTime();
  const enteredBefore = addDays(utcDay(asOf), 1).getTime();
  return rows.map((row) => {
    const later = utcDay(row.period).getTime() > lastPeriod || row.enteredAt.getTime() >= enteredBefore;
    return { ...row, state: later ? "later" : counted.has(row) ? "current" : "superseded" };
  });
}
