// Capabilities in the OpenAPI document: list, create, read, change or archive, and their maturity
// assessments over time.
import { z } from "zod";
import { body, json, problem, queryParameters, refusals, type JsonSchema } from "./openapi-parts";
import {
  assessmentCreateSchema,
  assessmentJsonSchema,
  capabilityChangeSchema,
  capabilityCreateSchema,
  capabilityJsonSchema,
  capabilityListQuerySchema,
} from "@/lib/schemas/capability";

const codeParameter = { name: "code", in: "path", required: true, description: "The capability's code.", schema: { type: "string" } };
const one = z.object({ capability: capabilityJsonSchema });
const missing = problem("No capability has that code.");
const managers = "capability:manage: admins; a process owner for capabilities they own or their processes need";

export function capabilityPaths(): JsonSchema {
  return {
    "/api/v1/capabilities": {
      get: {
        operationId: "listCapabilities",
        summary: "Capabilities with their current maturity (the latest assessment's level)",
        parameters: queryParameters(capabilityListQuerySchema),
        responses: {
          "200": json(z.object({ capabilities: z.array(capabilityJsonSchema) }), "The capabilities, by kind and code."),
          ...refusals("process:read"),
          "422": problem("A query parameter was refused."),
        },
      },
      post: {
        operationId: "createCapability",
        summary: "Create a capability, optionally for a process and with an owner; its code is fixed from then on",
        requestBody: body(capabilityCreateSchema),
        responses: {
          "201": json(one, "The new capability, not assessed yet."),
          ...refusals(managers),
          "409": problem("The code is taken."),
          "413": problem("The body is over 8 KB."),
          "422": problem("A field was refused (`errors` names each): a malformed code, a level outside 1–5, a process or owner that does not exist."),
        },
      },
    },
    "/api/v1/capabilities/{code}": {
      get: {
        operationId: "getCapability",
        summary: "One capability",
        parameters: [codeParameter],
        responses: { "200": json(one, "The capability."), ...refusals("process:read"), "404": missing },
      },
      patch: {
        operationId: "updateCapability",
        summary: "Change a capability with the version last read, or archive (archived: true) or restore it",
        parameters: [codeParameter],
        requestBody: body(capabilityChangeSchema),
        responses: {
          "200": json(one, "The capability as changed, with its new version."),
          ...refusals(managers),
          "404": missing,
          "409": problem("Someone else changed it since `version`: nothing was saved."),
          "413": problem("The body is over 8 KB."),
          "422": problem("A field was refused (`errors` names each), live KPIs still measure it (archive), or nothing to change was sent."),
        },
      },
    },
    "/api/v1/capabilities/{code}/assessments": {
      get: {
        operationId: "listMaturityAssessments",
        summary: "Every maturity assessment of the capability, latest day first",
        parameters: [codeParameter],
        responses: {
          "200": json(z.object({ assessments: z.array(assessmentJsonSchema) }), "The assessments."),
          ...refusals("process:read"),
          "404": missing,
        },
      },
      post: {
        operationId: "assessCapability",
        summary: "Record a maturity assessment (date, level 1–5, assessor, evidence); assessments are never edited, a later one corrects",
        parameters: [codeParameter],
        requestBody: body(assessmentCreateSchema),
        responses: {
          "201": json(z.object({ assessment: assessmentJsonSchema, capability: capabilityJsonSchema }), "The assessment and the capability's new standing."),
          ...refusals(managers),
          "404": missing,
          "413": problem("The body is over 8 KB."),
          "422": problem("A field was refused: a date after today, a level outside 1–5, no assessor or evidence; or the capability is archived."),
        },
      },
    },
  };
}
