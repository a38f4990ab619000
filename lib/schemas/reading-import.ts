// The contract of the reading import and the two CSV exports: limits, query parameters and the
import { text } from "./text";
// JSON answers. Route handlers parse with these and the OpenAPI document is generated from them.
import { z } from "zod";
import { isoDaySchema } from "./reading";

/** 20 MB holds 200,000 rows with notes of ~60 characters; larger files are refused with 413. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Data rows (header not counted). At least 200,000 must import; 250,000 leaves headroom. */
export const IMPORT_MAX_ROWS = 250_000;

export const IMPORT_COLUMNS = ["kpi_code", "period", "value", "note"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const flag = z
  .enum(["true", "false", "1", "0"], { error: "Must be true or false" })
  .transform((text) => text === "true" || text === "1");

export const importQuerySchema = z.object({
  dryRun: flag.optional().describe("true: validate and preview, write nothing."),
  progress: z
    .enum(["ndjson"], { error: "progress must be 'ndjson'" })
    .optional()
    .describe("ndjson: answer 200 application/x-ndjson with progress lines, then a final `result` or `errors` line."),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

export const rowErrorSchema = z.object({
  row: z.number().int().describe("The CSV record number; the header is row 1. 0 for an error about the whole file."),
  column: z.string().nullable().describe("The column at fault, or null when the whole row or file is."),
  message: z.string(),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int().nonnegative().describe("Data rows in the file."),
  imported: z.number().int().nonnegative().describe("New readings (periods that had none)."),
  corrected: z.number().int().nonnegative().describe("Corrections: a new version whose reason is the row's note."),
  unchanged: z.number().int().nonnegative().describe("Rows equal to the current value and note: nothing written."),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(rowErrorSchema).optional().describe("Every refused row, in file order. Nothing was written."),
});

export const importProgressSchema = z.object({
  phase: z.enum(["parsing", "validating", "writing"]),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** Repeated `kpi` parameters arrive as an array, a single one as a string. */
const kpiCodes = z
  .union([text("kpi"), z.array(text("kpi"))])
  .transform((codes) => (Array.isArray(codes) ? codes : [codes]).flatMap((code) => code.split(",")).map((code) => code.trim()).filter(Boolean))
  .describe("A KPI code; repeat (or separate with commas) for several. All KPIs when absent.");

export const readingExportQuerySchema = z
  .object({
    kpi: kpiCodes.optional(),
    from: isoDaySchema.optional().describe("First period to include (YYYY-MM-DD)."),
    to: isoDaySchema.optional().describe("Last period to include (YYYY-MM-DD)."),
    includeHistory: flag.optional().describe("true: every version, not only the current one."),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "from must not be after to", path: ["from"] });
export type ReadingExportQuery = z.infer<typeof readingExportQuerySchema>;

/**
 * URLSearchParams → plain object, keeping repeated keys as arrays. Empty values are dropped: an
 * HTML form sends its blank fields as `from=`, which means "no filter".
 */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => value.trim() !== "");
    if (values.length > 0) result[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return result;
}
