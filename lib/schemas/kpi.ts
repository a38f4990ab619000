// A KPI definition as forms and /api/v1/kpis send and read it: every field of the model, other
// things named by code (the owner by email, a process step as PROCESS#position). Each field is
// checked here; the rules across fields (a demand KPI needs a priority, thresholds agree with the
// direction, percentages lie in 0–100) are the domain's (lib/domain/kpi-definition.ts), applied
// by the service once references are resolved.
import { z } from "zod";
import { KPI_DEFINITION_ACTIONS } from "@/lib/domain/kpi-definition";
import { DIRECTIONS, FREQUENCIES, INDICATOR_TYPES, LAYERS, SCORECARD_KINDS } from "@/lib/domain/enums";
import { codeReferenceSchema, newCodeSchema } from "./code-param";
import { descriptionSchema } from "./organisation";
import { text } from "./text";
import { versionSchema } from "./version";

export const KPI_NAME_MAX = 160;
export const UNIT_MAX = 40;

const threshold = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .finite(`${field} must be a finite number`)
    .nullable();
const reference = (field: string, what: string) => codeReferenceSchema(field, `${what}, or null`).nullable();

/** `PROCESS-CODE#2`: the second step of that process, in its current order. */
export const PROCESS_STEP_PATTERN = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,63})#([1-9]\d{0,3})$/;

const fields = {
  name: text("name").trim().min(1, "name is required").max(KPI_NAME_MAX, `name is at most ${KPI_NAME_MAX} characters`),
  description: descriptionSchema,
  scorecard: z.enum(SCORECARD_KINDS, { error: "scorecard must be strategic, development or operational" }),
  unit: text("unit").trim().min(1, "unit is required (for example %, hours, level (1–5))").max(UNIT_MAX, `unit is at most ${UNIT_MAX} characters`),
  direction: z.enum(DIRECTIONS, { error: "direction must be higher, lower or band" }),
  target: threshold("target").describe("For higher- and lower-is-better KPIs: the value aimed at."),
  redFlag: threshold("redFlag").describe("For higher- and lower-is-better KPIs: past it the KPI is red."),
  bandLow: threshold("bandLow").describe("For band KPIs: the lowest value on target."),
  bandHigh: threshold("bandHigh").describe("For band KPIs: the highest value on target."),
  bandTolerance: threshold("bandTolerance")
    .refine((value) => value === null || value >= 0, "bandTolerance cannot be negative")
    .describe("For band KPIs: how far outside the band is amber rather than red."),
  frequency: z.enum(FREQUENCIES, { error: "frequency must be weekly, monthly or quarterly" }),
  indicatorType: z.enum(INDICATOR_TYPES, { error: "indicatorType must be leading or lagging" }),
  weight: z
    .number({ error: "weight must be a number greater than 0" })
    .finite("weight must be a finite number")
    .positive("weight must be greater than 0")
    .max(1000, "weight cannot be above 1,000"),
  ownerEmail: z.email({ error: "ownerEmail must be the email of an active user" }).max(254, "ownerEmail is too long"),
  businessFunction: reference("businessFunction", "a business function"),
  businessPriority: reference("businessPriority", "a business priority").describe("Required for demand KPIs, and only for them."),
  processStep: z
    .string({ error: "processStep must be written PROCESS-CODE#position, or null" })
    .trim()
    .regex(PROCESS_STEP_PATTERN, "processStep must be written PROCESS-CODE#position (for example INC-MGMT#2), or null")
    .nullable()
    .describe("Supply KPIs only: the step the KPI measures, as the process's code and the step's position."),
  capability: reference("capability", "a capability").describe("Capability KPIs only: the capability whose maturity it measures."),
};

export const kpiCreateSchema = z.strictObject({
  code: newCodeSchema,
  layer: z.enum(LAYERS, { error: "layer must be demand, supply or capability" }),
  ...fields,
  description: fields.description.default(""),
  target: fields.target.default(null),
  redFlag: fields.redFlag.default(null),
  bandLow: fields.bandLow.default(null),
  bandHigh: fields.bandHigh.default(null),
  bandTolerance: fields.bandTolerance.default(null),
  weight: fields.weight.default(1),
  businessFunction: fields.businessFunction.default(null),
  businessPriority: fields.businessPriority.default(null),
  processStep: fields.processStep.default(null),
  capability: fields.capability.default(null),
});
export type KpiCreateInput = z.output<typeof kpiCreateSchema>;

/**
 * Any of the fields, at the version the editor saw, with why (kept in the history). `archived`
 * archives or restores. A KPI's code and layer never change: its readings and links belong to them.
 */
export const kpiUpdateSchema = z
  .strictObject({
    version: versionSchema,
    reason: text("reason").trim().max(2000, "reason is at most 2,000 characters").describe("Why the definition changed; kept with the change."),
    archived: z.boolean({ error: "archived must be true or false" }).describe("true archives the KPI (its history stays); false restores it."),
    layer: z.enum(LAYERS, { error: "layer must be demand, supply or capability" }).describe("Fixed: may be sent, but only with the current layer."),
    ...fields,
  })
  .partial()
  .required({ version: true });
export type KpiUpdateInput = z.output<typeof kpiUpdateSchema>;

export const kpiDefinitionJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  layer: z.enum(LAYERS),
  scorecard: z.enum(SCORECARD_KINDS),
  unit: z.string(),
  direction: z.enum(DIRECTIONS),
  target: z.number().nullable(),
  redFlag: z.number().nullable(),
  bandLow: z.number().nullable(),
  bandHigh: z.number().nullable(),
  bandTolerance: z.number().nullable(),
  frequency: z.enum(FREQUENCIES),
  indicatorType: z.enum(INDICATOR_TYPES),
  weight: z.number(),
  ownerEmail: z.string(),
  businessFunction: z.string().nullable(),
  businessPriority: z.string().nullable(),
  processStep: z.string().nullable().describe("PROCESS-CODE#position"),
  capability: z.string().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type KpiDefinitionJson = z.infer<typeof kpiDefinitionJsonSchema>;

export const kpiDefinitionChangeSchema = z.object({
  action: z.enum(KPI_DEFINITION_ACTIONS).describe("What the change did."),
  changedAt: z.iso.datetime(),
  changedBy: z.string().nullable().describe("The email of whoever changed it; null for a change made outside the product."),
  reason: z.string().nullable(),
  changed: z.array(z.string()).describe("The fields whose value differs from the version before."),
  definition: z.record(z.string(), z.unknown()).describe("The definition as it was saved."),
});
export const kpiDefinitionsResponseSchema = z.object({
  current: kpiDefinitionJsonSchema,
  changes: z.array(kpiDefinitionChangeSchema).describe("Newest first. A KPI from before the product recorded changes has none."),
});
export type KpiDefinitionChangeJson = z.infer<typeof kpiDefinitionChangeSchema>;
