// RFC 4180 CSV, read and written. Pure: text in, records out (and back), so imports and exports
// can be tested without a server. Spreadsheets are the main producers and consumers of these
// files, hence the BOM, CRLF and formula-injection handling.

/** One record of the file. `row` counts records (header = 1), `line` the physical line it starts on. */
export interface CsvRecord {
  fields: string[];
  row: number;
  line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly row: number,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/** Cursor state while scanning; kept in one object so the helpers stay small. */
interface Scan {
  text: string;
  at: number;
  line: number;
  row: number;
}

/**
 * Parses a whole CSV text. Blank lines are skipped but still count as rows, so row numbers match
 * what a spreadsheet shows. A quoted field that never closes is an error naming where it opened.
 */
export function parseCsv(text: string): CsvRecord[] {
  const scan: Scan = { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, at: 0, line: 1, row: 0 };
  const records: CsvRecord[] = [];
  while (scan.at < scan.text.length) {
    scan.row += 1;
    const start = { row: scan.row, line: scan.line };
    if (atLineEnd(scan)) {
      skipLineEnd(scan);
      continue;
    }
    records.push({ fields: readRecord(scan, start), ...start });
  }
  return records;
}

function atLineEnd(scan: Scan): boolean {
  const code = scan.text.charCodeAt(scan.at);
  return code === LF || code === CR;
}

function skipLineEnd(scan: Scan): void {
  if (scan.text.charCodeAt(scan.at) === CR && scan.text.charCodeAt(scan.at + 1) === LF) scan.at += 1;
  scan.at += 1;
  scan.line += 1;
}

/** Reads fields up to and including the record's line end (or the end of the text). */
function readRecord(scan: Scan, start: { row: number; line: number }): string[] {
  const fields: string[] = [];
  for (;;) {
    fields.push(scan.text.charCodeAt(scan.at) === QUOTE ? readQuoted(scan, start) : readPlain(scan));
    if (scan.at >= scan.text.length) return fields;
    if (atLineEnd(scan)) {
      skipLineEnd(scan);
      return fields;
    }
    // Otherwise the field ended on a comma: step over it to the next field.
    scan.at += 1;
  }
}

function readPlain(scan: Scan): string {
  const { text } = scan;
  let end = scan.at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === LF || code === CR) break;
    end += 1;
  }
  const field = text.slice(scan.at, end);
  scan.at = end;
  return field;
}

function readQuoted(scan: Scan, start: { row: number; line: number }): string {
  const { text } = scan;
  const parts: string[] = [];
  let from = scan.at + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1) {
      throw new CsvSyntaxError(`Row ${start.row} (line ${start.line}): a quoted field is opened but never closed`, start.row, start.line);
    }
    const chunk = text.slice(from, close);
    scan.line += countLineBreaks(chunk);
    parts.push(chunk);
    if (text.charCodeAt(close + 1) !== QUOTE) {
      scan.at = close + 1;
      break;
    }
    // "" inside a quoted field is one literal quote.
    parts.push('"');
    from = close + 2;
  }
  const next = text.charCodeAt(scan.at);
  if (scan.at < text.length && next !== COMMA && next !== LF && next !== CR) {
    throw new CsvSyntaxError(`Row ${start.row} (line ${scan.line}): unexpected text after a closing quote`, start.row, scan.line);
  }
  return parts.join("");
}

/** CRLF, lone LF and lone CR each count as one line break. */
function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let i = 0; i < chunk.length; i += 1) {
    const code = chunk.charCodeAt(i);
    if (code === LF) count += 1;
    else if (code === CR && chunk.charCodeAt(i + 1) !== LF) count += 1;
  }
  return count;
}

// ───────────────────────── writing ─────────────────────────

/** Text cells may be neutralised against formula injection; numbers are written as they are. */
export type CsvCell = string | number | null;

export interface CsvWriteOptions {
  /**
   * Prefix `'` to text starting with = + - @ (or tab/CR), which spreadsheets would otherwise run
   * as a formula. On by default: exports are opened in spreadsheets.
   */
  neutraliseFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(cell: CsvCell, options: CsvWriteOptions = {}): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = options.neutraliseFormulas !== false && FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its CRLF line end. A record of one empty field is quoted so it is not a blank line. */
export function csvLine(cells: readonly CsvCell[], options: CsvWriteOptions = {}): string {
  if (cells.length === 1 && csvCell(cells[0] ?? null, options) === "") return '""\r\n';
  return `${cells.map((cell) => csvCell(cell, options)).join(",")}\r\n`;
}

export function formatCsv(rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions = {}): string {
  return rows.map((row) => csvLine(row, options)).join("");
}
