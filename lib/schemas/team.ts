// Exploit and explore teams and who is in them, as the forms and /api/v1/teams send and read them.
// Members are named by email; a person is in at most one team, so adding them moves them.
import { z } from "zod";
import { STREAMS } from "@/lib/domain/enums";
import { archivedQuerySchema } from "./archived-query";
import { newCodeSchema } from "./code-param";
import { descriptionSchema } from "./organisation";
import { text } from "./text";
import { versionSchema } from "./version";

const MEMBERS_MAX = 500;

const fields = {
  name: text("name").trim().min(1, "name is required").max(120, "name is at most 120 characters"),
  stream: z
    .enum(STREAMS, { error: "stream must be exploit (runs and improves what exists) or explore (finds what comes next)" })
    .describe("Exploit and explore teams are kept apart under one senior team."),
  description: descriptionSchema,
  members: z
    .array(z.email({ error: "Each member must be the email of an active user" }).max(254, "A member's email is too long"), {
      error: "members must be a list of emails",
    })
    .max(MEMBERS_MAX, `A team has at most ${MEMBERS_MAX} members`)
    .refine((emails) => new Set(emails.map((email) => email.toLowerCase())).size === emails.length, "A member is listed twice")
    .describe("Everyone in the team: the list replaces the old one. Someone in another team moves here."),
};

export const teamCreateSchema = z.strictObject({
  code: newCodeSchema,
  name: fields.name,
  stream: fields.stream,
  description: fields.description.default(""),
  members: fields.members.default([]),
});

export const teamChangeSchema = z.strictObject({
  version: versionSchema,
  name: fields.name.optional(),
  stream: fields.stream.optional(),
  description: fields.description.optional(),
  members: fields.members.optional(),
  archived: z.boolean({ error: "archived must be true or false" }).optional().describe("true archives the team once it has no members; false restores it."),
});
export const TEAM_EDITABLE = ["name", "stream", "description", "members"] as const;

export const teamJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  stream: z.enum(STREAMS),
  description: z.string(),
  members: z.array(z.object({ email: z.string(), name: z.string() })),
  archived: z.boolean(),
  version: z.number().int(),
});
export type TeamJson = z.infer<typeof teamJsonSchema>;

export const teamListQuerySchema = z.object({
  archived: archivedQuerySchema("true lists the archived teams instead of the live ones."),
});
