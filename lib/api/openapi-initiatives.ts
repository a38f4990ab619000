// The improvement backlog's part of the OpenAPI document: listing and proposing initiatives,
// editing one under optimistic concurrency, and recording board decisions. Schemas are inlined
// from the zod contracts in lib/schemas/initiative.ts.
import { z } from "zod";
import { body, json, problem, refusals, schemaOf, type JsonSchema } from "./openapi-parts";
import {
  backlogQuerySchema,
  decisionCreatedResponseSchema,
  decisionInputSchema,
  initiativeJsonSchema,
  initiativeListResponseSchema,
  initiativeProposeSchema,
  initiativeUpdateSchema,
} from "@/lib/schemas/initiative";

const COMMON = refusals("see the permission matrix");
const TOO_LARGE = { "413": problem("The body is over 64 KB.") };
const NOT_FOUND = { "404": problem("No initiative has that id.") };
const CONFLICT = { "409": problem("`version` is stale: someone changed the initiative since the client read it. Nothing was written.") };

function queryParameters(query: z.ZodObject): JsonSchema[] {
  const properties = (schemaOf(query, "input").properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({ name, in: "query", required: false, description, schema }));
}

const idParameter = { name: "id", in: "path", required: true, description: "The initiative's id.", schema: { type: "integer", minimum: 1 } };

export function initiativePaths(): JsonSchema {
  return {
    "/api/v1/initiatives": {
      get: {
        operationId: "listInitiatives",
        summary: "The improvement backlog in board order (ranked first), with linked KPIs",
        parameters: queryParameters(backlogQuerySchema),
        responses: { "200": json(initiativeListResponseSchema, "The initiatives."), ...COMMON, "422": problem("A query parameter was refused.") },
      },
      post: {
        operationId: "proposeInitiative",
        summary: "Propose an initiative (process owners and executives); linked KPIs get their current value as a provisional baseline",
        requestBody: body(initiativeProposeSchema),
        responses: {
          "201": json(z.object({ initiative: initiativeJsonSchema }), "The proposed initiative."),
          ...COMMON,
          ...TOO_LARGE,
          "422": problem("The initiative was refused; `errors` names each field."),
        },
      },
    },
    "/api/v1/initiatives/{id}": {
      patch: {
        operationId: "updateInitiative",
        summary: "Edit an initiative's fields as of the `version` the client saw",
        description: "The owner (or an executive) may edit any field; board members only timeCriticality and riskReduction.",
        parameters: [idParameter],
        requestBody: body(initiativeUpdateSchema),
        responses: {
          "200": json(z.object({ initiative: initiativeJsonSchema }), "The initiative after the change (with its new version)."),
          ...COMMON,
          ...NOT_FOUND,
          ...CONFLICT,
          ...TOO_LARGE,
          "422": problem("The change was refused; `errors` names each field."),
        },
      },
    },
    "/api/v1/initiatives/{id}/decisions": {
      post: {
        operationId: "decideInitiative",
        summary: "Record a board decision: a lifecycle move (triage, approve, reject, defer, start, complete, reopen) or a rank",
        description:
          "proposed → triaged → approved → in_progress → done; proposed/triaged → rejected; any open status → deferred; deferred/rejected → triaged (reopen). " +
          "The board decides every move except start and complete, which the owner (or an executive) makes. Approval needs a root cause and a linked KPI, and records each KPI's baseline.",
        parameters: [idParameter],
        requestBody: body(decisionInputSchema),
        responses: {
          "201": json(decisionCreatedResponseSchema, "The recorded decision and the initiative after it."),
          ...COMMON,
          ...NOT_FOUND,
          ...CONFLICT,
          ...TOO_LARGE,
          "422": problem("The decision was refused (not allowed from this status, no root cause, …); `errors` names each field."),
        },
      },
    },
  };
}
