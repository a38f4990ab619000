// The model as one file ("catalogue as code"): every section a list of what GET /api/v1/catalogue
// exports, named by code, people by email. Two schemas: `catalogueDocumentSchema` is the precise
// one published as JSON Schema (each entry as the create endpoints take it); the import reads the
// file with `catalogueShapeSchema`, which only checks the shape, and hands each entry to the use
// case that creates or changes it, so a value is judged by the same rules as everywhere else and
// a problem is reported at its path in the file (`kpis[12].target`).
import { z } from "zod";

export { CATALOGUE_SECTIONS, cataloguePlanSchema, type CataloguePlan, type CatalogueSection, type SectionPlan } from "./catalogue-plan";
import { capabilityCreateSchema } from "./capability";
import { codeParamSchema } from "./code-param";
import { coordinationCreateSchema } from "./coordination";
import { demandProfileInputSchema } from "./demand-profile";
import { kpiCreateSchema } from "./kpi";
import { kpiLinkAddSchema } from "./kpi-link";
import { businessFunctionCreateSchema, valueChainCreateSchema } from "./organisation";
import { priorityCreateSchema } from "./priority";
import { processChangeSchema, processCreateSchema } from "./process";
import { teamCreateSchema } from "./team";

export const CATALOGUE_FORMAT = "ambidex-catalogue";
export const CATALOGUE_VERSION = 1;

const archived = z.boolean().default(false).describe("true: archived (retired for coordination mechanisms); its history stays.");
const { steps, monitoring, inputs, outputs, decisions, roles } = processChangeSchema.shape;

export const catalogueDocumentSchema = z
  .strictObject({
    format: z.literal(CATALOGUE_FORMAT),
    version: z.literal(CATALOGUE_VERSION),
    valueChains: z.array(valueChainCreateSchema),
    businessFunctions: z.array(
      businessFunctionCreateSchema.extend({
        demandProfiles: z.array(demandProfileInputSchema).describe("The function's profiles, oldest first; a recorded one never changes."),
      }),
    ),
    priorities: z.array(priorityCreateSchema),
    processes: z.array(processCreateSchema.extend({ inputs, outputs, decisions, roles, steps, monitoring })),
    capabilities: z.array(capabilityCreateSchema.extend({ archived })),
    kpis: z.array(kpiCreateSchema.extend({ archived })),
    links: z.array(kpiLinkAddSchema.extend({ kpi: codeParamSchema.describe("The supporting KPI's code.") })),
    teams: z.array(teamCreateSchema.extend({ archived })),
    coordinationMechanisms: z.array(coordinationCreateSchema.extend({ archived })),
  })
  .describe("The organisation's model: what GET /api/v1/catalogue exports and POST /api/v1/catalogue/import takes.");

/** Far more than any organisation's model; a larger file is not a catalogue. */
export const SECTION_MAX = 5000;
const code = (field: string) => codeParamSchema.describe(field);
const coded = z.looseObject({ code: z.string({ error: "code is required: entries are matched by code" }).pipe(code("code")) });
const section = <T extends z.ZodType<{ code?: string }>>(entry: T) =>
  z
    .array(entry)
    .max(SECTION_MAX, `A section holds at most ${SECTION_MAX.toLocaleString("en-GB")} entries`)
    .superRefine((entries, context) => {
      const seen = new Set<string>();
      for (const [index, item] of entries.entries()) {
        if (item.code === undefined) continue;
        if (seen.has(item.code)) context.addIssue({ code: "custom", path: [index, "code"], message: `${item.code} appears twice in this section` });
        seen.add(item.code);
      }
    })
    .default([]);

export const catalogueShapeSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT, { error: `format must be "${CATALOGUE_FORMAT}"` }),
  version: z.literal(CATALOGUE_VERSION, { error: `version must be ${CATALOGUE_VERSION}: this file's layout` }),
  valueChains: section(coded),
  businessFunctions: section(
    coded.extend({
      demandProfiles: z
        .array(z.looseObject({ effectiveFrom: z.string({ error: "effectiveFrom is required" }) }))
        .max(SECTION_MAX, `A function has at most ${SECTION_MAX.toLocaleString("en-GB")} profiles`)
        .default([]),
    }),
  ),
  priorities: section(coded),
  processes: section(coded),
  capabilities: section(coded),
  kpis: section(coded),
  links: z
    .array(
      z.looseObject({
        kpi: z.string({ error: "kpi is required: the supporting KPI's code" }).pipe(code("kpi")),
        supports: z.string({ error: "supports is required" }).pipe(code("supports")),
      }),
    )
    .max(SECTION_MAX, `A section holds at most ${SECTION_MAX.toLocaleString("en-GB")} entries`)
    .default([]),
  teams: section(coded),
  coordinationMechanisms: section(coded),
});
export type CatalogueShape = z.output<typeof catalogueShapeSchema>;
/** One entry as the file gives it: its fields are for the use case to judge. */
export type CatalogueEntry = Record<string, unknown>;

export const catalogueExportQuerySchema = z.object({
  format: z.enum(["json", "yaml"], { error: "format must be json or yaml" }).default("json").describe("json (the default) or yaml."),
});

export const catalogueImportQuerySchema = z.object({
  dryRun: z
    .enum(["true", "false"], { error: "dryRun must be true or false" })
    .default("false")
    .transform((value) => value === "true")
    .describe("true: check the file and say what would change, writing nothing."),
});
