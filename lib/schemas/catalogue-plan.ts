// What a catalogue import did (or, dry, would do), per section: small enough for the import page to parse in the browser.
import { z } from "zod";

/** The sections in the order an import applies them: each may refer only to the ones before. */
export const CATALOGUE_SECTIONS = [
  "valueChains",
  "businessFunctions",
  "priorities",
  "processes",
  "capabilities",
  "kpis",
  "links",
  "teams",
  "coordinationMechanisms",
] as const;
export type CatalogueSection = (typeof CATALOGUE_SECTIONS)[number];

const sectionPlan = z.object({
  created: z.array(z.string()),
  changed: z.array(z.string()),
  unchanged: z.number().int(),
  notInFile: z.array(z.string()).describe("Recorded but absent from the file: left as they are (nothing is deleted)."),
});
export const cataloguePlanSchema = z.object({
  dryRun: z.boolean(),
  sections: z.object(Object.fromEntries(CATALOGUE_SECTIONS.map((name) => [name, sectionPlan])) as Record<CatalogueSection, typeof sectionPlan>),
});
export type CataloguePlan = z.infer<typeof cataloguePlanSchema>;
export type SectionPlan = z.infer<typeof sectionPlan>;
