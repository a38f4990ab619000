// KPI links' part of the OpenAPI document: which KPI supports which, with a weight, dated so a
// past view shows the tree as it was. Schemas are inlined from lib/schemas/kpi-link.ts.
import { z } from "zod";
import { body, json, problem, refusals, type JsonSchema } from "./openapi-parts";
import { asOfParameterSchema } from "@/lib/schemas/as-of";
import { kpiLinkAddSchema, kpiLinkJsonSchema, kpiLinkListResponseSchema, kpiLinkReweightSchema } from "@/lib/schemas/kpi-link";

const COMMON = refusals("kpi:manage: admins and executives");
const TOO_LARGE = { "413": problem("The body is over 4 KB.") };
const linkResponse = (description: string) => json(z.object({ link: kpiLinkJsonSchema }), description);

const codeParameter = { name: "code", in: "path", required: true, description: "The supporting KPI's code.", schema: { type: "string" } };
const supportedParameter = { name: "supportedCode", in: "path", required: true, description: "The code of the KPI it supports.", schema: { type: "string" } };

export function kpiLinkPaths(): JsonSchema {
  return {
    "/api/v1/kpis/{code}/links": {
      get: {
        operationId: "listKpiLinks",
        summary: "What a KPI supports, as the links stood on a day",
        parameters: [
          codeParameter,
          { name: "asOf", in: "query", required: false, description: asOfParameterSchema.description, schema: { type: "string", format: "date" } },
        ],
        responses: {
          "200": json(kpiLinkListResponseSchema, "The links in force on the day."),
          ...COMMON,
          "404": problem("No live KPI has that code."),
          "422": problem("asOf was refused."),
        },
      },
      post: {
        operationId: "addKpiLink",
        summary: "Link a KPI to one it supports (capability → supply, supply → demand), in force from today",
        parameters: [codeParameter],
        requestBody: body(kpiLinkAddSchema),
        responses: {
          "201": linkResponse("The new link."),
          ...COMMON,
          ...TOO_LARGE,
          "404": problem("No live KPI has the code in the path."),
          "409": problem("The link is already in force; change its weight instead."),
          "422": problem(
            "A field was refused: an unknown `supports`, a weight not above 0, a link the wrong way up the layers or one that would close a cycle (the message names both KPIs).",
          ),
        },
      },
    },
    "/api/v1/kpis/{code}/links/{supportedCode}": {
      patch: {
        operationId: "reweightKpiLink",
        summary: "Change a link's weight from today; the old weight stays in force for the days before",
        parameters: [codeParameter, supportedParameter],
        requestBody: body(kpiLinkReweightSchema),
        responses: {
          "200": linkResponse("The link as it is from today."),
          ...COMMON,
          ...TOO_LARGE,
          "404": problem("No link between these KPIs is in force."),
          "409": problem("Someone else changed the link at the same moment."),
          "422": problem("The weight was refused."),
        },
      },
      delete: {
        operationId: "endKpiLink",
        summary: "End a link today. Nothing is deleted: views of earlier days still show it",
        parameters: [codeParameter, supportedParameter],
        responses: { "200": linkResponse("The ended link, with its validTo."), ...COMMON, "404": problem("No link between these KPIs is in force.") },
      },
    },
  };
}
