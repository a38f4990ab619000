// Processes as the forms and /api/v1 send and read them. People are named by email, never by
// database id; steps and monitoring actions have no code, so an edit names the ones it keeps by
// the `id` the process's GET returned, and rows without an id are new.
import { z } from "zod";
import { FREQUENCIES, STREAMS } from "@/lib/domain/enums";
import { fromIsoDate } from "@/lib/domain/periods";
import { codeParamSchema, newCodeSchema } from "./code-param";
import { INT4_MAX, text } from "./text";
import { versionSchema } from "./version";

const LINE_MAX = 300;
const LINES_MAX = 50;
export const PURPOSE_MAX = 2000;

const name = text("name").trim().min(1, "name is required").max(120, "name is at most 120 characters");
const kind = z.enum(STREAMS, { error: "kind must be exploit (run and improve what exists) or explore (find what comes next)" });
const framework = text("framework").trim().max(60, "framework is at most 60 characters (for example ITIL 4 or COBIT 2019)");
const purpose = text("purpose")
  .trim()
  .max(PURPOSE_MAX, `purpose is at most ${PURPOSE_MAX.toLocaleString("en-GB")} characters`);
const email = (field: string) => z.email({ error: `${field} must be the email of an active user` }).max(254, `${field} is too long`);

/** Inputs, outputs, decisions, roles: short lines; blank ones carry no meaning and are dropped. */
const lines = (field: string) =>
  z
    .array(text(field).trim().max(LINE_MAX, `Each line of ${field} is at most ${LINE_MAX} characters`), { error: `${field} must be a list of lines` })
    .transform((items) => items.filter((item) => item.length > 0))
    .pipe(z.array(z.string()).max(LINES_MAX, `${field} can list at most ${LINES_MAX} lines`));

const rowId = (what: string) =>
  z
    .number({ error: `id must be the id of one of this process's ${what}` })
    .int()
    .positive()
    .max(INT4_MAX)
    .optional()
    .describe(`Absent for a new one; otherwise the id GET returned, which keeps what refers to it.`);

const processStepInputSchema = z.strictObject({
  id: rowId("steps"),
  name: text("step name").trim().min(1, "Every step needs a name").max(200, "A step name is at most 200 characters"),
  description: text("step description").trim().max(1000, "A step description is at most 1,000 characters").default(""),
});

const monitoringActionInputSchema = z.strictObject({
  id: rowId("monitoring actions"),
  action: text("monitoring action")
    .trim()
    .min(1, "Every monitoring action needs a description")
    .max(LINE_MAX, `A monitoring action is at most ${LINE_MAX} characters`),
  cadence: z
    .enum(FREQUENCIES, { error: "cadence must be weekly, monthly or quarterly" })
    .describe("How often it is owed: once per calendar week, month or quarter."),
  accountableEmail: email("accountableEmail").describe("Who carries it out and logs it."),
});

const noRepeatedIds = (rows: readonly { id?: number | undefined }[]) => {
  const ids = rows.flatMap((row) => (row.id === undefined ? [] : [row.id]));
  return new Set(ids).size === ids.length;
};

const steps = z
  .array(processStepInputSchema, { error: "steps must be a list" })
  .max(50, "A process has at most 50 steps")
  .refine(noRepeatedIds, "A step appears twice")
  .describe("Every step, in order: the list replaces the old one. A step with KPIs mapped to it cannot be left out.");
const monitoring = z
  .array(monitoringActionInputSchema, { error: "monitoring must be a list" })
  .max(30, "A process has at most 30 monitoring actions")
  .refine(noRepeatedIds, "A monitoring action appears twice")
  .describe("Every monitoring action: the list replaces the old one; one left out is retired, keeping its log.");

export const processCreateSchema = z.strictObject({
  code: newCodeSchema,
  name,
  kind,
  framework: framework.default(""),
  purpose: purpose.default(""),
  ownerEmail: email("ownerEmail").describe("The process owner, accountable for its governance, performance and maintenance."),
});

/** What may be sent to change a process; absent fields stay as they are. */
export const processChangeSchema = z.strictObject({
  version: versionSchema,
  name: name.optional(),
  kind: kind.optional(),
  framework: framework.optional(),
  ownerEmail: email("ownerEmail").optional(),
  purpose: purpose.optional(),
  inputs: lines("inputs").optional(),
  outputs: lines("outputs").optional(),
  decisions: lines("decisions").optional(),
  roles: lines("roles").optional(),
  steps: steps.optional(),
  monitoring: monitoring.optional(),
});
export type ProcessChangeInput = z.output<typeof processChangeSchema>;

/** The fields only those who manage processes (not their owners) may change: who owns it and what it is. */
export const PROCESS_IDENTITY_FIELDS = ["name", "kind", "framework", "ownerEmail"] as const;

export const monitoringDoneSchema = z.strictObject({
  doneOn: z.iso
    .date({ error: "doneOn must be a real calendar date written YYYY-MM-DD" })
    .transform(fromIsoDate)
    .describe("The day it was carried out (YYYY-MM-DD); today or earlier."),
  note: text("note").trim().max(1000, "note is at most 1,000 characters").default("").describe("What was found, in a sentence."),
});

const monitoringJsonSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  cadence: z.enum(FREQUENCIES),
  accountable: z.object({ email: z.string(), name: z.string() }),
  state: z.enum(["done", "due", "overdue"]).describe("done: logged this period; due: owed by dueBy; overdue: a period went by without it."),
  dueBy: z.string().describe("The last day of the running period."),
  overdueSince: z.string().nullable(),
  lastDoneOn: z.string().nullable(),
});

export const processJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(STREAMS),
  framework: z.string(),
  owner: z.object({ email: z.string(), name: z.string() }),
  purpose: z.string(),
  inputs: z.array(z.string()),
  outputs: z.array(z.string()),
  decisions: z.array(z.string()),
  roles: z.array(z.string()),
  steps: z.array(
    z.object({
      id: z.number().int(),
      position: z.number().int(),
      name: z.string(),
      description: z.string(),
      kpis: z.array(z.string()).describe("Codes of the KPIs mapped to the step; a supply KPI names it as CODE#position."),
    }),
  ),
  monitoring: z.array(monitoringJsonSchema),
  version: z.number().int(),
});
export type ProcessJson = z.infer<typeof processJsonSchema>;

export const monitoringLogJsonSchema = z.object({
  id: z.number().int(),
  actionId: z.number().int(),
  action: z.string(),
  doneOn: z.string(),
  note: z.string(),
  loggedBy: z.string().describe("The email of whoever logged it."),
  loggedAt: z.string(),
});
export type MonitoringLogJson = z.infer<typeof monitoringLogJsonSchema>;

/** `{code}/monitoring/{id}` in an API path: an id that cannot name a row is a 404. */
export const monitoringParamsSchema = z.object({
  code: codeParamSchema,
  id: z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(INT4_MAX)),
});

/** PUT /processes/{code}/steps: the whole list in its new order, at the version last seen. */
export const processStepsReplaceSchema = z.strictObject({ version: versionSchema, steps: steps });
