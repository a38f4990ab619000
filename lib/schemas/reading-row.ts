// One record of a reading import file read into a candidate reading: the cells are parsed with the
// same schemas as a reading entered by hand, so a file and the form accept the same values.
import type { CsvRecord } from "@/lib/domain/csv";
import type { ColumnIndex, ImportCandidate, ImportColumn, RowError } from "@/lib/domain/reading-import";
import { isoDaySchema, NOTE_MAX, readingValueSchema } from "./reading";

/** One data record → a candidate reading, or every problem with its cells. */
export function readRow(record: CsvRecord, columns: ColumnIndex): { candidate?: ImportCandidate; errors: RowError[] } {
  const { row, fields } = record;
  if (fields.length !== columns.width) {
    return { errors: [{ row, column: null, message: `Row has ${fields.length} fields but the header has ${columns.width}` }] };
  }
  const cell = (column: ImportColumn) => {
    const index = columns[column];
    return index === undefined ? "" : (fields[index] ?? "");
  };
  const errors: RowError[] = [];
  const kpiCode = cell("kpi_code").trim();
  if (kpiCode === "") errors.push({ row, column: "kpi_code", message: "KPI code is required" });
  // The database cannot store NUL; catching it here keeps it a row error rather than a failure.
  for (const column of ["kpi_code", "note"] as const) {
    if (cell(column).includes("\u0000")) errors.push({ row, column, message: `${column} must not contain the NUL character` });
  }
  const period = isoDaySchema.safeParse(cell("period"));
  if (!period.success) errors.push({ row, column: "period", message: firstMessage(period.error) });
  const value = readValue(cell("value"));
  if (typeof value === "string") errors.push({ row, column: "value", message: value });
  // The export guards spreadsheet formulas with a leading apostrophe; an edited export coming
  // back must not read as a changed note.
  const note = cell("note")
    .trim()
    .replace(/^'(?=[=+\-@\t\r])/, "");
  if (note.length > NOTE_MAX) errors.push({ row, column: "note", message: `Note must be at most ${NOTE_MAX} characters` });
  if (errors.length > 0 || !period.success || typeof value === "string") return { errors };
  return { candidate: { row, kpiCode, period: period.data, value, note }, errors };
}

/** The number, or why the cell is not one. */
function readValue(text: string): number | string {
  if (text.trim() === "") return "Value is required";
  const parsed = readingValueSchema.safeParse(text);
  if (!parsed.success) return `Value must be a number; '${text.trim()}' is not`;
  return parsed.data;
}

function firstMessage(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? "Invalid value";
}
