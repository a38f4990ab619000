// Pieces the per-resource parts of the OpenAPI document share: zod schemas inlined as JSON Schema
// (input for what a client sends, output for what it gets back) and the problem responses.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

export function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return json;
}

export const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: schemaOf(schema, "input") } } });
export const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: schemaOf(schema, "output") } } });
export const problem = (description: string, name = "Problem") => ({
  description,
  content: { "application/problem+json": { schema: { $ref: `#/components/schemas/${name}` } } },
});

/** The 401 and 403 every protected operation can answer; `who` names the permission and the roles holding it. */
export const refusals = (who: string) => ({
  "401": problem("No valid bearer token or session."),
  "403": problem(`The caller's role does not allow this (${who}).`),
});

/** A query schema's fields as OpenAPI query parameters, each optional. */
export function queryParameters(query: z.ZodObject | undefined) {
  if (!query) return [];
  const properties = (schemaOf(query, "input").properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, schema]) => ({ name, in: "query", required: false, description: schema.description, schema }));
}
