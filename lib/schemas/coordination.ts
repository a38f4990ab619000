// Coordination mechanisms with the customer network, as the forms and
// /api/v1/coordination-mechanisms send and read them: per process (by code), led by a person (by
// email). Participants are named in words: they are often groups outside IT, not users.
import { z } from "zod";
import { COORDINATION_KINDS } from "@/lib/domain/enums";
import { archivedQuerySchema } from "./archived-query";
import { codeParamSchema, codeReferenceSchema, newCodeSchema } from "./code-param";
import { text } from "./text";
import { versionSchema } from "./version";

const PARTICIPANT_MAX = 200;
const PARTICIPANTS_MAX = 30;

const fields = {
  name: text("name").trim().min(1, "name is required").max(120, "name is at most 120 characters"),
  kind: z.enum(COORDINATION_KINDS, {
    error: "kind must be reference_group, collaboration_group, core_group, feedback_channel or modelling_workshop",
  }),
  purpose: text("purpose").trim().max(1000, "purpose is at most 1,000 characters"),
  cadence: text("cadence")
    .trim()
    .max(120, "cadence is at most 120 characters")
    .describe("How often it meets or is read, in words: weekly, twice a year, continuous."),
  participants: z
    .array(text("participants").trim().max(PARTICIPANT_MAX, `Each participant is at most ${PARTICIPANT_MAX} characters`), {
      error: "participants must be a list of names or groups",
    })
    .transform((items) => items.filter((item) => item.length > 0))
    .pipe(z.array(z.string()).max(PARTICIPANTS_MAX, `At most ${PARTICIPANTS_MAX} participants`))
    .describe("Who takes part: people or groups, one per item."),
  process: codeReferenceSchema("process", "a process").describe("The code of the process it coordinates."),
  leadEmail: z
    .email({ error: "leadEmail must be the email of an active user, or null" })
    .max(254, "leadEmail is too long")
    .nullable()
    .describe("Who leads it: any active user, business stakeholders included."),
};

export const coordinationCreateSchema = z.strictObject({
  code: newCodeSchema,
  name: fields.name,
  kind: fields.kind,
  purpose: fields.purpose.default(""),
  cadence: fields.cadence.default(""),
  participants: fields.participants.default([]),
  process: fields.process,
  leadEmail: fields.leadEmail.default(null),
});

export const coordinationChangeSchema = z.strictObject({
  version: versionSchema,
  name: fields.name.optional(),
  kind: fields.kind.optional(),
  purpose: fields.purpose.optional(),
  cadence: fields.cadence.optional(),
  participants: fields.participants.optional(),
  process: fields.process.optional(),
  leadEmail: fields.leadEmail.optional(),
  archived: z.boolean({ error: "archived must be true or false" }).optional().describe("true retires the mechanism (it stays on record); false restores it."),
});
export const COORDINATION_EDITABLE = ["name", "kind", "purpose", "cadence", "participants", "process", "leadEmail"] as const;

export const coordinationJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(COORDINATION_KINDS),
  purpose: z.string(),
  cadence: z.string(),
  participants: z.array(z.string()),
  process: z.string().nullable(),
  leadEmail: z.string().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type CoordinationJson = z.infer<typeof coordinationJsonSchema>;

export const coordinationListQuerySchema = z.object({
  process: codeParamSchema.optional().describe("Only the mechanisms of the process with this code."),
  archived: archivedQuerySchema("true lists the retired mechanisms instead of the live ones."),
});
