// Capabilities and their maturity assessments as the forms and /api/v1/capabilities send and read
// them. The process is named by its code and the owner by email, never by database id; current
// maturity is read, never written: it is the latest assessment's level.
import { z } from "zod";
import { CAPABILITY_KINDS } from "@/lib/domain/enums";
import { fromIsoDate } from "@/lib/domain/periods";
import { archivedQuerySchema } from "./archived-query";
import { codeReferenceSchema, newCodeSchema } from "./code-param";
import { descriptionSchema } from "./organisation";
import { text } from "./text";
import { versionSchema } from "./version";

export const ASSESSOR_MAX = 120;
export const EVIDENCE_MAX = 2000;

const level = (field: string) =>
  z
    .number({ error: `${field} must be a maturity level from 1 to 5` })
    .int(`${field} must be a whole level from 1 to 5`)
    .min(1, `${field} must be a maturity level from 1 to 5`)
    .max(5, `${field} must be a maturity level from 1 to 5`);

const fields = {
  name: text("name").trim().min(1, "name is required").max(120, "name is at most 120 characters"),
  kind: z.enum(CAPABILITY_KINDS, { error: "kind must be people, process or technology" }),
  description: descriptionSchema,
  targetMaturity: level("targetMaturity").describe("The maturity level aimed at, 1–5."),
  process: codeReferenceSchema("process", "a process, or null")
    .nullable()
    .describe("The code of the process that needs the capability, or null for one the whole organisation needs."),
  ownerEmail: z
    .email({ error: "ownerEmail must be the email of an active user, or null" })
    .max(254, "ownerEmail is too long")
    .nullable()
    .describe("Who develops the capability: a process owner or an administrator."),
};

export const capabilityCreateSchema = z.strictObject({
  code: newCodeSchema,
  name: fields.name,
  kind: fields.kind,
  description: fields.description.default(""),
  targetMaturity: fields.targetMaturity,
  process: fields.process.default(null),
  ownerEmail: fields.ownerEmail.default(null),
});
export type CapabilityCreateInput = z.output<typeof capabilityCreateSchema>;

/** Any of the fields, at the version the editor saw; `archived` archives or restores. The code never changes. */
export const capabilityChangeSchema = z.strictObject({
  version: versionSchema,
  name: fields.name.optional(),
  kind: fields.kind.optional(),
  description: fields.description.optional(),
  targetMaturity: fields.targetMaturity.optional(),
  process: fields.process.optional(),
  ownerEmail: fields.ownerEmail.optional(),
  archived: z
    .boolean({ error: "archived must be true or false" })
    .optional()
    .describe("true archives the capability (its assessments stay); false restores it."),
});
export type CapabilityChangeInput = z.output<typeof capabilityChangeSchema>;

export const assessmentCreateSchema = z.strictObject({
  assessedOn: z.iso
    .date({ error: "assessedOn must be a real calendar date written YYYY-MM-DD" })
    .transform(fromIsoDate)
    .describe("The day of the assessment (YYYY-MM-DD); today or earlier."),
  level: level("level"),
  assessor: text("assessor")
    .trim()
    .min(1, "assessor is required: who assessed it")
    .max(ASSESSOR_MAX, `assessor is at most ${ASSESSOR_MAX} characters`)
    .describe("Who assessed it: a person, an audit firm, a self-assessment panel."),
  evidence: text("evidence")
    .trim()
    .min(1, "evidence is required: what the level rests on")
    .max(EVIDENCE_MAX, `evidence is at most ${EVIDENCE_MAX.toLocaleString("en-GB")} characters`)
    .describe("What the level rests on: an audit report, certification figures, a walkthrough."),
});

export const assessmentJsonSchema = z.object({
  id: z.number().int(),
  assessedOn: z.string(),
  level: z.number().int(),
  assessor: z.string(),
  evidence: z.string(),
  recordedBy: z.string().nullable().describe("The email of whoever recorded it; null for maturity carried over from before assessments were kept."),
  recordedAt: z.string(),
});
export type AssessmentJson = z.infer<typeof assessmentJsonSchema>;

export const capabilityJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(CAPABILITY_KINDS),
  description: z.string(),
  targetMaturity: z.number().int(),
  currentMaturity: z.number().int().nullable().describe("The latest assessment's level; null until it is first assessed."),
  lastAssessedOn: z.string().nullable(),
  process: z.string().nullable(),
  ownerEmail: z.string().nullable(),
  kpis: z.array(z.string()).describe("Codes of the live capability KPIs that measure it."),
  archived: z.boolean(),
  version: z.number().int(),
});
export type CapabilityJson = z.infer<typeof capabilityJsonSchema>;

export const capabilityListQuerySchema = z.object({
  archived: archivedQuerySchema("true lists the archived capabilities instead of the live ones."),
  kind: z.enum(CAPABILITY_KINDS, { error: "kind must be people, process or technology" }).optional().describe("Only capabilities of this kind."),
});
