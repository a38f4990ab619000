// The catalogue in the OpenAPI document, and its JSON Schema as published at
// /api/v1/catalogue/schema: generated from the same zod schema that documents each entry.
import { z } from "zod";
import { json, problem, queryParameters, refusals, schemaOf, type JsonSchema } from "./openapi-parts";
import { catalogueDocumentSchema, catalogueExportQuerySchema, catalogueImportQuerySchema, cataloguePlanSchema } from "@/lib/schemas/catalogue";

export function catalogueJsonSchema(): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "/api/v1/catalogue/schema",
    title: "Ambidex catalogue",
    ...schemaOf(catalogueDocumentSchema, "input"),
  };
}

export function cataloguePaths(): JsonSchema {
  const document = { $ref: "/api/v1/catalogue/schema" };
  return {
    "/api/v1/catalogue": {
      get: {
        operationId: "exportCatalogue",
        summary:
          "The whole model as one document: chains, functions with profile history, priorities, processes, capabilities, KPIs, links, teams, coordination",
        parameters: queryParameters(catalogueExportQuerySchema),
        responses: {
          "200": {
            description: "The catalogue, as an attachment.",
            content: { "application/json": { schema: document }, "application/yaml": { schema: document } },
          },
          ...refusals("kpi:read"),
        },
      },
    },
    "/api/v1/catalogue/schema": {
      get: {
        operationId: "getCatalogueSchema",
        summary: "The catalogue document's JSON Schema",
        responses: { "200": json(z.object({}).loose(), "A JSON Schema (2020-12)."), ...refusals("kpi:read") },
      },
    },
    "/api/v1/catalogue/import": {
      post: {
        operationId: "importCatalogue",
        summary: "Import a catalogue all or nothing: create what is new, change what differs (absent fields stay), leave out nothing",
        parameters: queryParameters(catalogueImportQuerySchema),
        requestBody: { required: true, content: { "application/json": { schema: document }, "application/yaml": { schema: document } } },
        responses: {
          "200": json(cataloguePlanSchema, "What was (or, for a dry run, would be) created and changed per section, and what the file left out."),
          ...refusals("function:manage: admins and executives; each entry also needs its own permission"),
          "413": problem("The file is over 5 MB."),
          "422": problem("Nothing was imported: `errors` names each problem by its path in the file (`kpis[12].target`)."),
        },
      },
    },
  };
}
