import { describe, expect, it } from "vitest";
import { parseCsv, type CsvRecord } from "@/lib/domain/csv";
import {
  duplicateErrors,
  planImport,
  readHeader,
  readingKey,
  sortRowErrors,
  type ImportCandidate,
  type ImportContext,
  type ImportKpi,
} from "@/lib/domain/reading-import";
import { can } from "@/lib/auth/permissions";
import { readRow } from "@/lib/schemas/reading-row";

const columnsOf = (header: string) => readHeader(header.split(","));
const record = (row: number, ...fields: string[]): CsvRecord => ({ row, line: row, fields });
const { columns } = columnsOf("kpi_code,period,value,note");

describe("readHeader", () => {
  it("accepts the columns in any order, with note optional", () => {
    expect(columnsOf("value,kpi_code,period").errors).toEqual([]);
    expect(columnsOf(" note , period,value,kpi_code").columns).toMatchObject({ note: 0, period: 1, value: 2, kpi_code: 3, width: 4 });
  });

  it("names unknown, repeated and missing columns", () => {
    expect(columnsOf("kpi_code,period,valu,note,period").errors).toEqual([
      { row: 1, column: "valu", message: "Unknown column 'valu': the columns are kpi_code, period, value, note" },
      { row: 1, column: "period", message: "Column 'period' appears more than once" },
      { row: 1, column: "value", message: "Column 'value' is missing from the header" },
    ]);
  });
});

describe("readRow", () => {
  it("turns a row into a candidate reading, trimming code and note", () => {
    expect(readRow(record(2, " K1 ", "2025-03-01", " 91.5 ", " late "), columns)).toEqual({
      candidate: { row: 2, kpiCode: "K1", period: new Date("2025-03-01"), value: 91.5, note: "late" },
      errors: [],
    });
  });

  it("reports every bad cell of a row", () => {
    expect(readRow(record(7, "", "2025-02-30", "ninety", "x".repeat(2001)), columns).errors).toEqual([
      { row: 7, column: "kpi_code", message: "KPI code is required" },
      { row: 7, column: "period", message: "Period is not a real calendar date" },
      { row: 7, column: "value", message: "Value must be a number; 'ninety' is not" },
      { row: 7, column: "note", message: "Note must be at most 2000 characters" },
    ]);
  });

  it.each([
    ["", "Value is required"],
    ["Infinity", "Value must be a number; 'Infinity' is not"],
    ["1,5", "Value must be a number; '1,5' is not"],
  ])("refuses the value %j", (value, message) => {
    expect(readRow(record(3, "K", "2025-03-01", value, ""), columns).errors).toEqual([{ row: 3, column: "value", message }]);
  });

  it("refuses a date not written YYYY-MM-DD", () => {
    expect(readRow(record(3, "K", "01/03/2025", "1", ""), columns).errors[0]).toMatchObject({
      column: "period",
      message: "Period must be a date written YYYY-MM-DD",
    });
  });

  it("refuses a row whose field count differs from the header", () => {
    expect(readRow(record(4, "K", "2025-03-01"), columns).errors).toEqual([{ row: 4, column: null, message: "Row has 2 fields but the header has 4" }]);
  });

  it("works without a note column", () => {
    const withoutNote = columnsOf("kpi_code,period,value").columns;
    expect(readRow(record(2, "K", "2025-03-01", "4"), withoutNote).candidate?.note).toBe("");
  });
});

const candidate = (row: number, kpiCode: string, period: string, value: number, note = ""): ImportCandidate => ({
  row,
  kpiCode,
  period: new Date(period),
  value,
  note,
});

describe("duplicateErrors", () => {
  it("flags the second and later rows naming the same KPI and period", () => {
    const errors = duplicateErrors([candidate(2, "A", "2025-03-01", 1), candidate(3, "A", "2025-04-01", 1), candidate(4, "A", "2025-03-01", 2)]);
    expect(errors).toEqual([{ row: 4, column: "period", message: "KPI A has period 2025-03-01 already on row 2" }]);
  });
});

const kpi = (id: number, code: string, overrides: Partial<ImportKpi> = {}): ImportKpi => ({
  id,
  code,
  ownerId: 10,
  frequency: "monthly",
  archived: false,
  direction: "higher",
  target: 95,
  redFlag: 90,
  bandLow: null,
  bandHigh: null,
  bandTolerance: null,
  ...overrides,
});

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    kpis: new Map([
      ["MINE", kpi(1, "MINE")],
      ["THEIRS", kpi(2, "THEIRS", { ownerId: 99 })],
      ["OLD", kpi(3, "OLD", { archived: true })],
      ["WEEK", kpi(4, "WEEK", { frequency: "weekly" })],
    ]),
    current: new Map([[readingKey(1, new Date("2025-03-01")), { value: 96, note: "fine", version: 2 }]]),
    // As the service asks the permission matrix for a process owner with id 10.
    mayWrite: (kpi) => can({ id: 10, role: "process_owner" }, "reading:write", kpi),
    today: new Date("2025-06-15"),
    ...overrides,
  };
}

describe("planImport", () => {
  it("classifies rows as new, correction or unchanged, with the next version", () => {
    const plan = planImport(
      [candidate(2, "MINE", "2025-03-01", 96, "fine"), candidate(3, "MINE", "2025-03-01", 97, "recount"), candidate(4, "MINE", "2025-04-01", 95)],
      context(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.writes.map(({ row, change, version }) => [row, change, version])).toEqual([
      [3, "correction", 3],
      [4, "new", 1],
    ]);
  });

  it("refuses unknown, archived and not-owned KPIs", () => {
    const plan = planImport(
      [candidate(2, "NOPE", "2025-03-01", 1), candidate(3, "OLD", "2025-03-01", 96), candidate(4, "THEIRS", "2025-03-01", 96)],
      context(),
    );
    expect(plan.errors).toEqual([
      { row: 2, column: "kpi_code", message: "Unknown KPI 'NOPE'" },
      { row: 3, column: "kpi_code", message: "KPI OLD is archived and takes no readings" },
      { row: 4, column: "kpi_code", message: "You do not own KPI THEIRS" },
    ]);
  });

  it("lets an administrator import for any KPI", () => {
    expect(
      planImport([candidate(4, "THEIRS", "2025-03-01", 96)], context({ mayWrite: (kpi) => can({ id: 1, role: "admin" }, "reading:write", kpi) })).errors,
    ).toEqual([]);
  });

  it("refuses periods off the KPI's frequency and in the future", () => {
    const plan = planImport([candidate(2, "WEEK", "2025-03-05", 96), candidate(3, "MINE", "2025-07-01", 96)], context());
    expect(plan.errors.map((error) => [error.row, error.column])).toEqual([
      [2, "period"],
      [3, "period"],
    ]);
    expect(plan.errors[0]?.message).toContain("Did you mean 2025-03-03?");
    expect(plan.errors[1]?.message).toBe("Period 2025-07-01 is in the future");
  });

  it("needs a note for a red value that would be written, not for an unchanged one", () => {
    const current = new Map([[readingKey(1, new Date("2025-02-01")), { value: 50, note: "", version: 1 }]]);
    const plan = planImport(
      [candidate(2, "MINE", "2025-03-01", 80), candidate(3, "MINE", "2025-02-01", 50), candidate(4, "MINE", "2025-04-01", 80, "outage")],
      context({ current }),
    );
    expect(plan.errors).toEqual([{ row: 2, column: "note", message: "80 is red for KPI MINE: a red reading needs a note" }]);
    expect(plan.unchanged).toBe(1);
  });
});

describe("sortRowErrors", () => {
  it("orders by row, then whole-row errors before columns in header order", () => {
    const sorted = sortRowErrors([
      { row: 3, column: "note", message: "" },
      { row: 2, column: "value", message: "" },
      { row: 3, column: "kpi_code", message: "" },
      { row: 3, column: null, message: "" },
    ]);
    expect(sorted.map((error) => [error.row, error.column])).toEqual([
      [2, "value"],
      [3, null],
      [3, "kpi_code"],
      [3, "note"],
    ]);
  });
});

it("a parsed file feeds readHeader and readRow end to end", () => {
  const [header, row] = parseCsv('\uFEFFperiod,kpi_code,value,note\r\n2025-03-01,MINE,91,"late, again"\r\n');
  const { columns: fileColumns } = readHeader(header?.fields ?? []);
  expect(row && readRow(row, fileColumns).candidate).toMatchObject({ kpiCode: "MINE", note: "late, again", row: 2 });
});

describe("round trip with the export's formula guard", () => {
  it("drops the apostrophe the export put before a formula-like note, and keeps other apostrophes", () => {
    const columns = { kpi_code: 0, period: 1, value: 2, note: 3, width: 4 } as const;
    const read = (note: string) => readRow({ row: 2, line: 2, fields: ["K-1", "2026-01-01", "1", note] }, columns).candidate?.note;
    expect(read("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(read("'-5% after the freeze")).toBe("-5% after the freeze");
    expect(read("'quoted' remark")).toBe("'quoted' remark");
  });

  it("reports a NUL character as an error of its column", () => {
    const columns = { kpi_code: 0, period: 1, value: 2, note: 3, width: 4 } as const;
    const { errors } = readRow({ row: 5, line: 5, fields: ["K-1", "2026-01-01", "1", "a\u0000b"] }, columns);
    expect(errors).toEqual([{ row: 5, column: "note", message: "note must not contain the NUL character" }]);
  });
});
