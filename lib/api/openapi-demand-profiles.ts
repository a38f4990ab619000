// Demand profiles' part of the OpenAPI document: a function's profile history and re-profiling it
// from a day. Schemas are inlined from lib/schemas/demand-profile.ts.
import { z } from "zod";
import { body, json, problem, refusals, type JsonSchema } from "./openapi-parts";
import { demandProfileInputSchema, demandProfileJsonSchema, demandProfileListResponseSchema } from "@/lib/schemas/demand-profile";

const codeParameter = { name: "code", in: "path", required: true, description: "The business function's code.", schema: { type: "string" } };

export function demandProfilePaths(): JsonSchema {
  return {
    "/api/v1/business-functions/{code}/demand-profiles": {
      get: {
        operationId: "listDemandProfiles",
        summary: "A business function's demand profiles, oldest first; scoring uses the one in force on each day",
        parameters: [codeParameter],
        responses: {
          "200": json(demandProfileListResponseSchema, "The profiles."),
          ...refusals("function:read"),
          "404": problem("No business function has that code."),
        },
      },
      post: {
        operationId: "recordDemandProfile",
        summary: "Re-profile a business function from a day, with a rationale; earlier profiles stay in force for the days before",
        parameters: [codeParameter],
        requestBody: body(demandProfileInputSchema),
        responses: {
          "201": json(z.object({ profile: demandProfileJsonSchema }), "The new profile."),
          ...refusals("function:manage: admins and executives"),
          "404": problem("No business function has that code."),
          "413": problem("The body is over 8 KB."),
          "422": problem(
            "A field was refused (`errors` names each): a value out of range, a missing rationale, or an effectiveFrom in the past for a function that already has a profile, or on a day another profile starts.",
          ),
        },
      },
    },
  };
}
