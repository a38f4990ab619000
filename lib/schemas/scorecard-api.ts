// The scorecard API's contract: what a client may send (query and path parameters) and what it
// gets back. The route handlers parse with these and the OpenAPI document is generated from them,
// so the documentation cannot drift from what the server does.
import { z } from "zod";
import { PERMISSIONS, ROLES } from "@/lib/auth/permissions";
import { DIRECTIONS, FORECAST_EVENTS, LAYERS, SCORECARD_KINDS, STATUSES, TRENDS } from "@/lib/domain/enums";
import { asOfParameterSchema } from "./as-of";
import { codeParamSchema } from "./code-param";

// ───────────────────────── requests ─────────────────────────

export const businessFunctionParameterSchema = z
  .string()
  .trim()
  .min(1, "businessFunction must be a business function code")
  .max(64, "businessFunction is too long to be a business function code")
  .describe("A business function's code: only KPIs and priorities of that function (and firm-wide ones) count.");

export const scorecardQuerySchema = z.object({
  asOf: asOfParameterSchema.optional(),
  businessFunction: businessFunctionParameterSchema.optional(),
});
export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;

export const kpiQuerySchema = z.object({ asOf: asOfParameterSchema.optional() });
export type KpiQuery = z.infer<typeof kpiQuerySchema>;

export const scorecardKindSchema = z.enum(SCORECARD_KINDS).describe("Which balanced scorecard.");
export const scorecardParamsSchema = z.object({ kind: scorecardKindSchema });

export const kpiCodeSchema = codeParamSchema.describe("The KPI's code.");

// ───────────────────────── responses ─────────────────────────

const isoDate = z.iso.date();
const score = z.number().min(0).max(10).nullable().describe("0–10, rounded to 2 decimals; null without data.");
const threshold = z.number().nullable();

export const statusSchema = z.enum(STATUSES).describe("green: target met; amber: between target and red flag; red: past the red flag; none: no reading.");

const forecastSchema = z
  .object({ event: z.enum(FORECAST_EVENTS), date: isoDate })
  .nullable()
  .describe("When the trend, continued, reaches the target or crosses the red flag.");

/** One KPI evaluated as of a date, with the KPIs that support it (the drill-down). */
export const kpiNodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  layer: z.enum(LAYERS),
  unit: z.string(),
  direction: z.enum(DIRECTIONS).describe("Which way is better; band KPIs are green inside bandLow..bandHigh."),
  score,
  supportScore: score.describe("Weighted mean of the supporting KPIs' scores (0–10); null without support or data."),
  status: statusSchema,
  value: z.number().nullable().describe("The value that counted: the highest version of the latest period as known on asOf."),
  period: isoDate.nullable(),
  target: threshold,
  redFlag: threshold,
  bandLow: threshold,
  bandHigh: threshold,
  bandTolerance: threshold.describe("Band KPIs: how far outside the band the red flag lies."),
  stale: z.boolean().describe("True when the latest reading is older than the KPI's reporting frequency allows."),
  trend: z.enum(TRENDS).nullable(),
  forecast: forecastSchema,
  get children(): z.ZodArray<typeof kpiNodeSchema> {
    return z.array(kpiNodeSchema);
  },
});
export type KpiNodeJson = z.infer<typeof kpiNodeSchema>;

export const statusCountsSchema = z.object({
  green: z.number().int().nonnegative(),
  amber: z.number().int().nonnegative(),
  red: z.number().int().nonnegative(),
  none: z.number().int().nonnegative(),
  stale: z.number().int().nonnegative(),
});

export const scorecardResponseSchema = z.object({
  kind: scorecardKindSchema,
  asOf: isoDate,
  businessFunction: z.string().nullable().describe("The function code the scorecard was filtered to, or null."),
  score,
  status: statusSchema,
  counts: statusCountsSchema.describe("Over every distinct KPI in the tree, top level and supporting."),
  kpis: z.array(kpiNodeSchema).describe("The top-level (demand) KPIs whose business priority is in force on asOf, each with its drill-down tree."),
  notAnchored: z
    .array(
      z.object({
        kpi: kpiNodeSchema,
        anchor: z.enum(["not-started", "ended", "no-priority"]),
        businessPriority: z
          .object({ code: z.string(), title: z.string(), startsOn: isoDate, endsOn: isoDate.nullable() })
          .nullable()
          .describe("The KPI's priority, whose window does not hold asOf; null when it has none."),
      }),
    )
    .describe("Demand KPIs of this scorecard whose priority is not in force on asOf: evaluated, but outside the score and the counts."),
});
export type ScorecardJson = z.infer<typeof scorecardResponseSchema>;

export const kpiEvaluationResponseSchema = kpiNodeSchema.extend({ asOf: isoDate });
export type KpiEvaluationJson = z.infer<typeof kpiEvaluationResponseSchema>;

// ───────────────────────── the rest of /api/v1 ─────────────────────────
// Described here so the OpenAPI document covers the whole API; they belong in a file of their own
// once those routes parse their output too.

export const healthResponseSchema = z.object({ status: z.literal("ok") });

export const meResponseSchema = z.object({
  id: z.number().int(),
  email: z.email(),
  name: z.string(),
  role: z.enum(ROLES),
  permissions: z.array(z.enum(PERMISSIONS)).describe("What the caller's role allows, from the one permission matrix."),
});

export const userListResponseSchema = z.object({
  users: z.array(z.object({ id: z.number().int(), email: z.email(), name: z.string(), role: z.enum(ROLES), active: z.boolean() })),
});
