// The contract of the KPI catalogue and readings API (/api/v1/kpis, /api/v1/kpis/{code}/readings):
// what a client may send and what it gets back. Handlers parse with these and the OpenAPI document
// is generated from them.
import { z } from "zod";
import { kpiDefinitionJsonSchema } from "./kpi";
import { LAYERS, READING_SOURCES, SCORECARD_KINDS } from "@/lib/domain/enums";
import { NOTE_MAX, REASON_MAX } from "./reading";
import { businessFunctionParameterSchema } from "./scorecard-api";

// ───────────────────────── requests ─────────────────────────

export const KPI_PAGE_DEFAULT = 100;
export const KPI_PAGE_MAX = 500;

const noNul = (text: string) => !text.includes("\u0000");

export const kpiListQuerySchema = z.object({
  layer: z.enum(LAYERS, { error: "layer must be demand, supply or capability" }).optional().describe("Only KPIs of this layer."),
  scorecard: z
    .enum(SCORECARD_KINDS, { error: "scorecard must be strategic, development or operational" })
    .optional()
    .describe("Only KPIs reported on this balanced scorecard."),
  businessFunction: businessFunctionParameterSchema.refine(noNul, "businessFunction must be a business function code").optional(),
  owner: z.email({ error: "owner must be an email address" }).optional().describe("Only KPIs owned by the user with this email."),
  limit: z.coerce
    .number({ error: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(KPI_PAGE_MAX, `limit must be at most ${KPI_PAGE_MAX}`)
    .default(KPI_PAGE_DEFAULT)
    .describe(`How many KPIs to answer (1–${KPI_PAGE_MAX}, default ${KPI_PAGE_DEFAULT}).`),
  offset: z.coerce
    .number({ error: "offset must be a whole number" })
    .int("offset must be a whole number")
    .min(0, "offset must not be negative")
    .default(0)
    .describe("How many KPIs to skip, in code order."),
});
export type KpiListQuery = z.infer<typeof kpiListQuerySchema>;

export const readingListQuerySchema = z.object({
  includeHistory: z
    .enum(["true", "false"], { error: "includeHistory must be true or false" })
    .default("false")
    .transform((text) => text === "true")
    .describe("true: every version of every period, superseded ones too; false (default): the current version of each period."),
});

/** What a client sends to enter a reading; the server parses it with readingInputSchema. */
export const readingCreateBodySchema = z.object({
  period: z.iso.date().describe("The period's first day (a Monday, the 1st of a month or of a quarter, per the KPI's frequency); not in the future."),
  value: z.number().describe("The measured value, in the KPI's unit."),
  note: z.string().max(NOTE_MAX).optional().describe("What happened; required when the value is past the red flag."),
  reason: z.string().max(REASON_MAX).optional().describe("Why this replaces the period's current reading; required for a correction."),
});

// ───────────────────────── responses ─────────────────────────

/** Each KPI of the catalogue with its whole definition, as POST /api/v1/kpis takes it. */
export const kpiListItemSchema = kpiDefinitionJsonSchema;
export type KpiListItemJson = z.infer<typeof kpiListItemSchema>;

export const kpiListResponseSchema = z.object({
  kpis: z.array(kpiListItemSchema),
  total: z.number().int().nonnegative().describe("How many KPIs match the filters, over all pages."),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const readingSchema = z.object({
  period: z.iso.date(),
  version: z.number().int().positive(),
  value: z.number(),
  note: z.string(),
  reason: z.string().nullable().describe("Why this version replaced the previous one; null for a first version."),
  source: z.enum(READING_SOURCES),
  enteredBy: z.email().nullable().describe("Email of the person who entered it; null for system imports."),
  enteredAt: z.iso.datetime(),
  state: z.enum(["current", "superseded"]).describe("current: the version that counts for its period; superseded: replaced by a correction."),
});
export type ReadingJson = z.infer<typeof readingSchema>;

export const readingListResponseSchema = z.object({
  kpi: z.string().describe("The KPI's code."),
  unit: z.string(),
  readings: z.array(readingSchema).describe("Period newest first; within a period the highest version first."),
});

export const readingCreatedResponseSchema = z.object({
  reading: readingSchema,
  correction: z.boolean().describe("True when the reading superseded an earlier version of its period."),
});

export const readingUnchangedResponseSchema = z.object({
  unchanged: z.literal(true).describe("The period's current reading already has this value and note: nothing was written."),
  reading: readingSchema,
});

// ───────────────────────── to the wire ─────────────────────────

/** A stored reading version as the API shows it: dates as text, the person by email. */
export function readingJson(row: {
  period: Date;
  version: number;
  value: number;
  note: string;
  reason: string | null;
  source: ReadingJson["source"];
  enteredBy: { email: string } | null;
  enteredAt: Date;
  current: boolean;
}): ReadingJson {
  return {
    period: row.period.toISOString().slice(0, 10),
    version: row.version,
    value: row.value,
    note: row.note,
    reason: row.reason,
    source: row.source,
    enteredBy: row.enteredBy?.email ?? null,
    enteredAt: row.enteredAt.toISOString(),
    state: row.current ? "current" : "superseded",
  };
}
