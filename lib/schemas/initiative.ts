// The contract of improvement initiatives and board decisions, shared by the backlog forms, the
// server actions and /api/v1/initiatives. Handlers parse with these; the OpenAPI document is
// generated from them.
import { z } from "zod";
import { DECISION_KINDS, DMAIC_PHASES, INITIATIVE_STATUSES, METHODOLOGIES, ORCHESTRATIONS, STREAMS } from "@/lib/domain/enums";
import { codeParamSchema } from "./code-param";
import { INT4_MAX, text } from "./text";
import { versionSchema } from "./version";

export const TITLE_MAX = 200;
export const LONG_TEXT_MAX = 5000;
export const RATIONALE_MAX = 2000;

const required = (field: string, max: number) => text(field).trim().min(1, `${field} is required`).max(max, `${field} is at most ${max} characters`);

const scale = (field: string) =>
  z
    .number({ error: `${field} must be a whole number from 1 to 10` })
    .int(`${field} must be a whole number from 1 to 10`)
    .min(1, `${field} must be from 1 to 10`)
    .max(10, `${field} must be from 1 to 10`);

const linkedKpiSchema = z.object({
  code: codeParamSchema.describe("The KPI's code."),
  expectedImprovement: z
    .number({ error: "expectedImprovement must be a number" })
    .refine(Number.isFinite, "expectedImprovement must be a finite number")
    .describe("In the KPI's unit, signed in its better direction."),
});

const fields = {
  title: required("Title", TITLE_MAX),
  problem: required("Problem statement", LONG_TEXT_MAX).describe("The performance gap, in business terms."),
  rootCause: text("Root cause").trim().max(LONG_TEXT_MAX).nullable().describe("Required before approval."),
  methodology: z.enum(METHODOLOGIES, { error: "methodology must be lean, six_sigma, dfss or kaizen" }),
  dmaicPhase: z.enum(DMAIC_PHASES, { error: "dmaicPhase must be define, measure, analyse, improve or control" }).nullable().describe("Six Sigma only."),
  stream: z.enum(STREAMS, { error: "stream must be exploit or explore" }),
  orchestration: z.enum(ORCHESTRATIONS, { error: "orchestration must be allocating, structuring or coordinating" }).nullable(),
  businessFunction: codeParamSchema.nullable().describe("The business function's code; null for firm-wide."),
  owner: z.email({ error: "owner must be a user's email" }).describe("The owner's email; defaults to the proposer."),
  sponsor: z.email({ error: "sponsor must be a user's email" }).nullable(),
  effortWeeks: z
    .number({ error: "effortWeeks must be a number" })
    .gt(0, "effortWeeks must be more than 0")
    .max(10_000, "effortWeeks is at most 10000")
    .describe("Person-weeks."),
  timeCriticality: scale("timeCriticality"),
  riskReduction: scale("riskReduction"),
  targetDate: z.iso.date({ error: "targetDate must be a date (YYYY-MM-DD)" }).nullable(),
  kpis: z.array(linkedKpiSchema).max(20, "at most 20 KPIs").describe("Linked KPIs with the improvement expected on each."),
};

const dmaicOnlyForSixSigma = (value: { methodology?: string; dmaicPhase?: string | null }) => !value.dmaicPhase || value.methodology === "six_sigma";
const distinctKpis = (value: { kpis?: { code: string }[] }) => new Set(value.kpis?.map((k) => k.code)).size === (value.kpis?.length ?? 0);

export const initiativeProposeSchema = z
  .strictObject({
    ...fields,
    rootCause: fields.rootCause.optional(),
    dmaicPhase: fields.dmaicPhase.optional(),
    orchestration: fields.orchestration.optional(),
    businessFunction: fields.businessFunction.optional(),
    owner: fields.owner.optional(),
    sponsor: fields.sponsor.optional(),
    timeCriticality: fields.timeCriticality.default(5),
    riskReduction: fields.riskReduction.default(5),
    targetDate: fields.targetDate.optional(),
    kpis: fields.kpis.default([]),
  })
  .refine(dmaicOnlyForSixSigma, { path: ["dmaicPhase"], message: "A DMAIC phase is only for Six Sigma initiatives" })
  .refine(distinctKpis, { path: ["kpis"], message: "Each KPI may be linked once" });
export type InitiativeProposeInput = z.infer<typeof initiativeProposeSchema>;

/** Any subset of the fields; `kpis`, when sent, replaces the linked set (kept KPIs keep their baseline). */
export const initiativeUpdateSchema = z
  .strictObject({ ...fields, version: versionSchema })
  .partial()
  .required({ version: true })
  .refine(distinctKpis, { path: ["kpis"], message: "Each KPI may be linked once" });
export type InitiativeUpdateInput = z.infer<typeof initiativeUpdateSchema>;
export type InitiativeChanges = Omit<InitiativeUpdateInput, "version">;

export const decisionInputSchema = z.strictObject({
  decision: z.enum(DECISION_KINDS, { error: `decision must be one of ${DECISION_KINDS.join(", ")}` }),
  rationale: required("Rationale", RATIONALE_MAX).describe("Why the board decided this; kept with the decision for good."),
  meetingDate: z.iso.date({ error: "meetingDate must be a date (YYYY-MM-DD)" }).describe("The board meeting that decided."),
  version: versionSchema,
  rank: z
    .number({ error: "rank must be a whole number" })
    .int("rank must be a whole number")
    .min(1, "rank must be at least 1")
    .max(INT4_MAX, "rank is too large")
    .optional()
    .describe("Required for decision=rank; optional with approve."),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

const optionalCode = (field: string) => codeParamSchema.optional().describe(`Only initiatives linked to this ${field} code.`);

export const backlogQuerySchema = z.strictObject({
  status: z.enum(INITIATIVE_STATUSES, { error: `status must be one of ${INITIATIVE_STATUSES.join(", ")}` }).optional(),
  stream: z.enum(STREAMS, { error: "stream must be exploit or explore" }).optional(),
  businessFunction: codeParamSchema.optional().describe("Only initiatives of this business function (code)."),
  kpi: optionalCode("KPI"),
});
export type BacklogFilters = z.infer<typeof backlogQuerySchema>;

export const decisionFiltersSchema = z.object({
  initiative: codeParamSchema.optional(),
  decision: z.enum(DECISION_KINDS, { error: `decision must be one of ${DECISION_KINDS.join(", ")}` }).optional(),
  from: z.iso.date({ error: "from must be a real calendar date written YYYY-MM-DD" }).optional(),
  to: z.iso.date({ error: "to must be a real calendar date written YYYY-MM-DD" }).optional(),
});
export type DecisionFilters = z.infer<typeof decisionFiltersSchema>;

export const capacityInputSchema = z.object({
  quarterStart: z.iso.date({ error: "quarterStart must be a date (YYYY-MM-DD)" }).refine(isQuarterStart, "quarterStart must be the first day of a quarter"),
  personWeeks: z.number({ error: "personWeeks must be a number" }).min(0, "personWeeks must not be negative").max(1_000_000, "personWeeks is too large"),
});

function isQuarterStart(day: string): boolean {
  const [, month, date] = day.split("-").map(Number);
  return date === 1 && month !== undefined && (month - 1) % 3 === 0;
}

// ───────────────────────── responses ─────────────────────────

export const initiativeIdSchema = z.coerce.number().int().min(1).max(INT4_MAX).describe("The initiative's id.");

/** `{id}` in an API path: digits only, so `1e3` or ` 7` name nothing. */
export const initiativeParamsSchema = z.object({
  id: z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(INT4_MAX)),
});

const userRef = z.object({ name: z.string(), email: z.string() });

export const initiativeJsonSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  problem: z.string(),
  rootCause: z.string().nullable(),
  methodology: z.enum(METHODOLOGIES),
  dmaicPhase: z.enum(DMAIC_PHASES).nullable(),
  stream: z.enum(STREAMS),
  orchestration: z.enum(ORCHESTRATIONS).nullable(),
  businessFunction: z.string().nullable(),
  owner: userRef,
  sponsor: userRef.nullable(),
  effortWeeks: z.number(),
  timeCriticality: z.number().int(),
  riskReduction: z.number().int(),
  status: z.enum(INITIATIVE_STATUSES),
  rank: z.number().int().nullable(),
  targetDate: z.string().nullable(),
  version: z.number().int(),
  kpis: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      expectedImprovement: z.number(),
      baselineValue: z.number().nullable(),
      baselinePeriod: z.string().nullable(),
    }),
  ),
});
export type InitiativeJson = z.infer<typeof initiativeJsonSchema>;

export const initiativeListResponseSchema = z.object({ initiatives: z.array(initiativeJsonSchema) });

export const decisionJsonSchema = z.object({
  id: z.number().int(),
  initiative: z.string(),
  decision: z.enum(DECISION_KINDS),
  fromStatus: z.enum(INITIATIVE_STATUSES).nullable(),
  toStatus: z.enum(INITIATIVE_STATUSES).nullable(),
  rank: z.number().int().nullable(),
  rationale: z.string(),
  meetingDate: z.string(),
  decidedBy: userRef,
  createdAt: z.string(),
});
export type DecisionJson = z.infer<typeof decisionJsonSchema>;

export const decisionCreatedResponseSchema = z.object({ decision: decisionJsonSchema, initiative: initiativeJsonSchema });

// ───────────────────────── to the wire ─────────────────────────

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

interface StoredInitiative extends Omit<InitiativeJson, "businessFunction" | "targetDate" | "kpis" | "owner" | "sponsor"> {
  targetDate: Date | null;
  businessFunction: { code: string } | null;
  owner: { name: string; email: string };
  sponsor: { name: string; email: string } | null;
  kpis: { expectedImprovement: number; baselineValue: number | null; baselinePeriod: Date | null; kpi: { code: string; name: string; unit: string } }[];
}

export function initiativeJson(initiative: StoredInitiative): InitiativeJson {
  return initiativeJsonSchema.parse({
    ...initiative,
    businessFunction: initiative.businessFunction?.code ?? null,
    targetDate: day(initiative.targetDate),
    owner: { name: initiative.owner.name, email: initiative.owner.email },
    sponsor: initiative.sponsor ? { name: initiative.sponsor.name, email: initiative.sponsor.email } : null,
    kpis: initiative.kpis.map((link) => ({
      ...link.kpi,
      expectedImprovement: link.expectedImprovement,
      baselineValue: link.baselineValue,
      baselinePeriod: day(link.baselinePeriod),
    })),
  });
}

interface StoredDecision extends Omit<DecisionJson, "initiative" | "meetingDate" | "createdAt"> {
  initiative: { code: string };
  meetingDate: Date;
  createdAt: Date;
}

export function decisionJson(row: StoredDecision): DecisionJson {
  return decisionJsonSchema.parse({ ...row, initiative: row.initiative.code, meetingDate: day(row.meetingDate), createdAt: row.createdAt.toISOString() });
}

export const COMMENT_MAX = 5000;

export const commentSchema = z.object({
  body: text("A comment").trim().min(1, `A comment is 1–${COMMENT_MAX} characters`).max(COMMENT_MAX, `A comment is 1–${COMMENT_MAX} characters`),
});
