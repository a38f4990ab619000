// Managing KPI definitions in the OpenAPI document: create, edit (archive, restore) and the
// history of changes. Their operations join the catalogue's paths (see mergePaths in openapi.ts).
import { z } from "zod";
import { body, json, problem, refusals, type JsonSchema } from "./openapi-parts";
import { kpiCreateSchema, kpiDefinitionJsonSchema, kpiDefinitionsResponseSchema, kpiUpdateSchema } from "@/lib/schemas/kpi";

const codeParameter = { name: "code", in: "path", required: true, description: "The KPI's code.", schema: { type: "string" } };
const MANAGERS = "kpi:manage: admins and executives";
const RULES =
  "A field was refused (`errors` names each): a code naming nothing (ownerEmail, businessFunction, businessPriority, processStep, capability), a demand KPI without a priority or another layer with one, a target on the wrong side of the red flag, a band whose low is not below its high, a percentage threshold outside 0–100.";

export function kpiDefinitionPaths(): JsonSchema {
  const one = z.object({ kpi: kpiDefinitionJsonSchema });
  return {
    "/api/v1/kpis": {
      post: {
        operationId: "createKpi",
        summary: "Create a KPI with its whole definition; the thresholds a direction does not use are cleared",
        requestBody: body(kpiCreateSchema),
        responses: {
          "201": json(one, "The new KPI."),
          ...refusals(MANAGERS),
          "409": problem("The code is taken (perhaps by an archived KPI)."),
          "413": problem("The body is over 16 KB."),
          "422": problem(RULES),
        },
      },
    },
    "/api/v1/kpis/{code}": {
      patch: {
        operationId: "updateKpi",
        summary: "Change any fields of a KPI's definition, or archive / restore it, with the version last read and why",
        parameters: [codeParameter],
        requestBody: body(kpiUpdateSchema),
        responses: {
          "200": json(one, "The KPI as changed, with its new version."),
          ...refusals(MANAGERS),
          "404": problem("No KPI has that code."),
          "409": problem("Someone else changed it since `version`: nothing was saved."),
          "413": problem("The body is over 16 KB."),
          "422": problem(`${RULES} A different layer is refused too: it is fixed.`),
        },
      },
    },
    "/api/v1/kpis/{code}/definitions": {
      get: {
        operationId: "listKpiDefinitions",
        summary: "A KPI's whole current definition (archived KPIs too) and every recorded change, newest first",
        parameters: [codeParameter],
        responses: {
          "200": json(kpiDefinitionsResponseSchema, "The definition and its history."),
          ...refusals(MANAGERS),
          "404": problem("No KPI has that code."),
        },
      },
    },
  };
}
