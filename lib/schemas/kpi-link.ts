// The bodies of the KPI link API and forms. KPIs are named by code; the weight is a positive,
// finite share of the roll-up.
import { z } from "zod";
import { LAYERS } from "@/lib/domain/enums";
import { codeParamSchema } from "./code-param";

const weightSchema = z
  .number({ error: "weight must be a number" })
  .finite("weight must be a finite number")
  .positive("weight must be greater than 0")
  .describe("The link's share in the roll-up of the supported KPI (greater than 0).");

/** POST /kpis/{code}/links: what the KPI in the path supports, and how much. */
export const kpiLinkAddSchema = z.strictObject({
  supports: codeParamSchema.describe("The code of the KPI this one supports."),
  weight: weightSchema.default(1),
});
export type KpiLinkAddInput = z.infer<typeof kpiLinkAddSchema>;

/** PATCH /kpis/{code}/links/{supportedCode}: the link's new weight. */
export const kpiLinkReweightSchema = z.strictObject({ weight: weightSchema });
export type KpiLinkReweightInput = z.infer<typeof kpiLinkReweightSchema>;

/** `/kpis/{code}/links/{supportedCode}` path parameters. */
export const kpiLinkParamsSchema = z.object({ code: codeParamSchema, supportedCode: codeParamSchema });

/** A link as the API returns it after a write. */
export const kpiLinkJsonSchema = z.object({
  supporting: z.string().describe("The code of the supporting KPI."),
  supports: z.string().describe("The code of the KPI it supports."),
  weight: z.number(),
  validFrom: z.iso.date().describe("The first day the link is in force."),
  validTo: z.iso.date().nullable().describe("The day it stopped being in force (exclusive); null while in force."),
});

/** GET /kpis/{code}/links. */
export const kpiLinkListResponseSchema = z.object({
  kpi: z.string(),
  asOf: z.iso.date(),
  links: z.array(kpiLinkJsonSchema.extend({ supportsName: z.string(), supportsLayer: z.enum(LAYERS) })),
});
