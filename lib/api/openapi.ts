// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers parse
// with. OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits.
import { z } from "zod";
import {
  healthResponseSchema,
  kpiCodeSchema,
  kpiEvaluationResponseSchema,
  kpiNodeSchema,
  kpiQuerySchema,
  meResponseSchema,
  problemSchema,
  scorecardKindSchema,
  scorecardQuerySchema,
  scorecardResponseSchema,
  userListResponseSchema,
} from "@/lib/schemas/scorecard-api";

type JsonSchema = Record<string, unknown>;

const COMPONENTS = {
  KpiNode: kpiNodeSchema,
  Scorecard: scorecardResponseSchema,
  KpiEvaluation: kpiEvaluationResponseSchema,
  Problem: problemSchema,
  Health: healthResponseSchema,
  Me: meResponseSchema,
  UserList: userListResponseSchema,
} as const;
type ComponentName = keyof typeof COMPONENTS;

/** One registry, so schemas that use each other (a scorecard holds KpiNodes) $ref instead of inlining. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  // The document is one file: the per-schema $schema/$id headers would only restate that.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

/** Parameter schemas describe what a client sends, so they are taken before any transform. */
function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { io: "input" });
  return json;
}

function queryParameters(query: z.ZodObject): JsonSchema[] {
  const json = inputSchema(query);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({
    name,
    in: "query",
    required: required.has(name),
    description,
    schema,
  }));
}

function pathParameter(name: string, schema: z.ZodType): JsonSchema {
  const { description, ...json } = inputSchema(schema);
  return { name, in: "path", required: true, description, schema: json };
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName, description: string) => ({ description, content: { "application/json": { schema: ref(name) } } });
const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

const UNAUTHORIZED = { "401": problemResponse("No valid bearer token or session.") };
const FORBIDDEN = { "403": problemResponse("The caller's role does not allow this.") };
const UNPROCESSABLE = { "422": problemResponse("A query parameter was refused; `errors` names each one.") };

/** The routes that predate the scorecards: health (public), the caller, the user list. */
function accountPaths(): JsonSchema {
  return {
    "/api/v1/health": {
      get: {
        operationId: "getHealth",
        summary: "Whether the service and its database answer",
        security: [],
        responses: { "200": json("Health", "The database answers."), "503": problemResponse("The database does not answer.") },
      },
    },
    "/api/v1/me": {
      get: {
        operationId: "getMe",
        summary: "The caller, its role and the permissions that role grants",
        responses: { "200": json("Me", "The caller."), ...UNAUTHORIZED },
      },
    },
    "/api/v1/users": {
      get: {
        operationId: "listUsers",
        summary: "Every user (administrators only)",
        responses: { "200": json("UserList", "The users."), ...UNAUTHORIZED, ...FORBIDDEN },
      },
    },
  };
}

function scoringPaths(): JsonSchema {
  return {
    "/api/v1/scorecards/{kind}": {
      get: {
        operationId: "getScorecard",
        summary: "A balanced scorecard as of a date, with each top-level KPI's drill-down tree",
        parameters: [pathParameter("kind", scorecardKindSchema), ...queryParameters(scorecardQuerySchema)],
        responses: {
          "200": json("Scorecard", "The scorecard."),
          ...UNAUTHORIZED,
          ...FORBIDDEN,
          "404": problemResponse("No such scorecard kind, or no business function with that code."),
          ...UNPROCESSABLE,
        },
      },
    },
    "/api/v1/kpis/{code}": {
      get: {
        operationId: "getKpiEvaluation",
        summary: "One KPI evaluated as of a date, with the KPIs that support it",
        parameters: [pathParameter("code", kpiCodeSchema), ...queryParameters(kpiQuerySchema)],
        responses: {
          "200": json("KpiEvaluation", "The KPI and its supporting tree."),
          ...UNAUTHORIZED,
          ...FORBIDDEN,
          "404": problemResponse("No live KPI has that code."),
          ...UNPROCESSABLE,
        },
      },
    },
  };
}

export function buildOpenApiDocument(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Ambidex API",
      version: "1",
      description: "Balanced scorecards, KPIs and their readings. Errors are RFC 9457 problem documents.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths: { ...accountPaths(), ...scoringPaths() },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token from `npm run token:create` (a browser session also works)." },
      },
      schemas: componentSchemas(),
    },
  };
}
