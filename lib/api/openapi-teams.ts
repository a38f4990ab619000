// Teams and coordination mechanisms in the OpenAPI document: the organisation around the
// processes — exploit and explore teams with their members, and the mechanisms that coordinate a
// process with its customer network.
import { z } from "zod";
import { body, json, problem, queryParameters, refusals, type JsonSchema } from "./openapi-parts";
import { coordinationChangeSchema, coordinationCreateSchema, coordinationJsonSchema, coordinationListQuerySchema } from "@/lib/schemas/coordination";
import { teamChangeSchema, teamCreateSchema, teamJsonSchema, teamListQuerySchema } from "@/lib/schemas/team";

interface Resource {
  path: string;
  key: string;
  listKey: string;
  noun: string;
  Noun: string;
  item: z.ZodType;
  create: z.ZodType;
  change: z.ZodType;
  query: z.ZodObject;
  writers: string;
  maxKb: number;
  invalid: string;
}

function paths(resource: Resource): JsonSchema {
  const code = { name: "code", in: "path", required: true, description: `The ${resource.noun}'s code.`, schema: { type: "string" } };
  const one = z.object({ [resource.key]: resource.item });
  const missing = problem(`No ${resource.noun} has that code.`);
  const tooLarge = problem(`The body is over ${resource.maxKb} KB.`);
  return {
    [`/api/v1/${resource.path}`]: {
      get: {
        operationId: `list${resource.Noun}s`,
        summary: `Every live ${resource.noun} (or the archived ones)`,
        parameters: queryParameters(resource.query),
        responses: {
          "200": json(z.object({ [resource.listKey]: z.array(resource.item) }), `The ${resource.noun}s.`),
          ...refusals("process:read"),
          "422": problem("A query parameter was refused."),
        },
      },
      post: {
        operationId: `create${resource.Noun}`,
        summary: `Create a ${resource.noun}; its code is fixed from then on`,
        requestBody: body(resource.create),
        responses: {
          "201": json(one, `The new ${resource.noun}.`),
          ...refusals(resource.writers),
          "409": problem("The code is taken."),
          "413": tooLarge,
          "422": problem(resource.invalid),
        },
      },
    },
    [`/api/v1/${resource.path}/{code}`]: {
      get: {
        operationId: `get${resource.Noun}`,
        summary: `One ${resource.noun}`,
        parameters: [code],
        responses: { "200": json(one, `The ${resource.noun}.`), ...refusals("process:read"), "404": missing },
      },
      patch: {
        operationId: `update${resource.Noun}`,
        summary: `Change a ${resource.noun} with the version last read, or archive (archived: true) or restore it`,
        parameters: [code],
        requestBody: body(resource.change),
        responses: {
          "200": json(one, `The ${resource.noun} as changed, with its new version.`),
          ...refusals(resource.writers),
          "404": missing,
          "409": problem("Someone else changed it since `version`: nothing was saved."),
          "413": tooLarge,
          "422": problem(`${resource.invalid} Or nothing to change was sent.`),
        },
      },
    },
  };
}

export function teamPaths(): JsonSchema {
  return {
    ...paths({
      path: "teams",
      key: "team",
      listKey: "teams",
      noun: "team",
      Noun: "Team",
      item: teamJsonSchema,
      create: teamCreateSchema,
      change: teamChangeSchema,
      query: teamListQuerySchema,
      writers: "team:manage: admins and executives",
      maxKb: 64,
      invalid: "A field was refused (`errors` names each): a member who is not an active user (`members[2]`), a team archived with members.",
    }),
    ...paths({
      path: "coordination-mechanisms",
      key: "coordinationMechanism",
      listKey: "coordinationMechanisms",
      noun: "coordination mechanism",
      Noun: "CoordinationMechanism",
      item: coordinationJsonSchema,
      create: coordinationCreateSchema,
      change: coordinationChangeSchema,
      query: coordinationListQuerySchema,
      writers: "process:update on its process: the process owner, admins",
      maxKb: 16,
      invalid: "A field was refused (`errors` names each): an unknown process or lead, a kind that is not one of the five.",
    }),
  };
}
