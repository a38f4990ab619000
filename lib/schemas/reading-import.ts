// The contract of the reading import and the two CSV exports: limits, query parameters and the
// JSON answers. Route handlers parse with these and the OpenAPI document is generated from them.
import { z } from "zod";
import { isoDaySchema } from "./reading";
import { text } from "./text";

/** 20 MB holds 200,000 rows with notes of ~60 characters; larger files are refused with 413. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Data rows (header not counted). At least 200,000 must import; 250,000 leaves headroom. */
export const IMPORT_MAX_ROWS = 250_000;

export { IMPORT_COLUMNS, type ImportColumn, type RowError } from "@/lib/domain/reading-import";

const flag = z.enum(["true", "false", "1", "0"], { error: "Must be true or false" }).transform((text) => text === "true" || text === "1");

export const importQuerySchema = z.object({
  dryRun: flag.optional().describe("true: validate and preview, write nothing."),
  progress: z
    .enum(["ndjson"], { error: "progress must be 'ndjson'" })
    .optional()
    .describe(
      "ndjson: answer 200 application/x-ndjson with progress lines, then a final `result` line, or a `problem` line holding the Problem document the plain call would answer.",
    ),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int().nonnegative().describe("Data rows in the file."),
  imported: z.number().int().nonnegative().describe("New readings (periods that had none)."),
  corrected: z.number().int().nonnegative().describe("Corrections: a new version whose reason is the row's note."),
  unchanged: z.number().int().nonnegative().describe("Rows equal to the current value and note: nothing written."),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importProgressSchema = z.object({
  phase: z.enum(["parsing", "validating", "writing"]),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** Repeated `kpi` parameters arrive as an array, a single one as a string. */
const kpiCodes = z
  .union([text("kpi"), z.array(text("kpi"))])
  .transform((codes) =>
    (Array.isArray(codes) ? codes : [codes])
      .flatMap((code) => code.split(","))
      .map((code) => code.trim())
      .filter(Boolean),
  )
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
