// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers parse
// with. OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits.
import { z } from "zod";
import { demandProfilePaths } from "./openapi-demand-profiles";
import { peoplePaths } from "./openapi-people";
import { processPaths } from "./openapi-processes";
import { capabilityPaths } from "./openapi-capabilities";
import { teamPaths } from "./openapi-teams";
import { cataloguePaths } from "./openapi-catalogue";
import { kpiDefinitionPaths } from "./openapi-kpi-definitions";
import { organisationPaths } from "./openapi-organisation";
import { initiativePaths } from "./openapi-initiatives";
import { kpiLinkPaths } from "./openapi-kpi-links";
import {
  healthResponseSchema,
  kpiCodeSchema,
  kpiEvaluationResponseSchema,
  kpiNodeSchema,
  kpiQuerySchema,
  meResponseSchema,
  scorecardKindSchema,
  scorecardQuerySchema,
  scorecardResponseSchema,
  userListResponseSchema,
} from "@/lib/schemas/scorecard-api";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, importQuerySchema, importResultSchema, readingExportQuerySchema } from "@/lib/schemas/reading-import";
import {
  kpiListQuerySchema,
  kpiListResponseSchema,
  readingCreateBodySchema,
  readingCreatedResponseSchema,
  readingListQuerySchema,
  readingListResponseSchema,
  readingSchema,
  readingUnchangedResponseSchema,
} from "@/lib/schemas/reading-api";
import { problemSchema } from "@/lib/schemas/problem-document";

type JsonSchema = Record<string, unknown>;

const COMPONENTS = {
  KpiNode: kpiNodeSchema,
  Scorecard: scorecardResponseSchema,
  KpiEvaluation: kpiEvaluationResponseSchema,
  Problem: problemSchema,
  Health: healthResponseSchema,
  Me: meResponseSchema,
  UserList: userListResponseSchema,
  KpiList: kpiListResponseSchema,
  Reading: readingSchema,
  ReadingList: readingListResponseSchema,
  ReadingCreated: readingCreatedResponseSchema,
  ReadingUnchanged: readingUnchangedResponseSchema,
  ImportResult: importResultSchema,
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

const invalid = (description: string) => ({ "422": { description, content: { "application/problem+json": { schema: ref("Problem") } } } });

/** The KPI catalogue and its readings: listing, reading history, entering and correcting. */
function readingPaths(): JsonSchema {
  const code = pathParameter("code", kpiCodeSchema);
  const notFound = { "404": problemResponse("No live KPI has that code.") };
  return {
    "/api/v1/kpis": {
      get: {
        operationId: "listKpis",
        summary: "The live KPI catalogue, filtered and paged, in code order",
        parameters: queryParameters(kpiListQuerySchema),
        responses: {
          "200": json("KpiList", "A page of KPIs."),
          ...UNAUTHORIZED,
          ...FORBIDDEN,
          ...invalid("A query parameter was refused; `errors` names each one."),
        },
      },
    },
    "/api/v1/kpis/{code}/readings": {
      get: {
        operationId: "listKpiReadings",
        summary: "A KPI's readings: the current version of each period, or every version with includeHistory=true",
        parameters: [code, ...queryParameters(readingListQuerySchema)],
        responses: {
          "200": json("ReadingList", "The readings, newest period first."),
          ...UNAUTHORIZED,
          ...FORBIDDEN,
          ...notFound,
          ...invalid("A query parameter was refused."),
        },
      },
      post: {
        operationId: "createKpiReading",
        summary: "Enter a reading for a period; for a period that has one, a correction (needs `reason`)",
        description: "Process owners may write readings for the KPIs they own, administrators for any.",
        parameters: [code],
        requestBody: { required: true, content: { "application/json": { schema: inputSchema(readingCreateBodySchema) } } },
        responses: {
          "201": json("ReadingCreated", "The new reading, or the new version of a corrected one."),
          "200": json("ReadingUnchanged", "The period's current reading already has this value and note; nothing was written."),
          ...UNAUTHORIZED,
          "403": problemResponse("The caller's role may not write readings, or not for this KPI."),
          ...notFound,
          "409": problemResponse("Another writer entered a reading for the same period at the same moment."),
          ...invalid("The reading was refused (period, value, note, or a correction without `reason`); `errors` names each field."),
        },
      },
    },
  };
}

const csvBody = (description: string) => ({ description, content: { "text/csv": { schema: { type: "string" } } } });

/** The CSV import and the two CSV exports. */
function csvPaths(): JsonSchema {
  const megabytes = IMPORT_MAX_BYTES / (1024 * 1024);
  return {
    "/api/v1/readings/import": {
      post: {
        operationId: "importReadings",
        summary: "Import readings from CSV, all or nothing (header kpi_code,period,value,note; note optional)",
        description: `UTF-8 (BOM optional), CRLF or LF, RFC 4180 quoting. At most ${megabytes} MB and ${IMPORT_MAX_ROWS.toLocaleString("en")} data rows. A row for a period that has a reading is a correction whose reason is the row's note; rows equal to the current value and note change nothing.`,
        parameters: queryParameters(importQuerySchema),
        requestBody: { required: true, ...csvBody("The CSV file.") },
        responses: {
          "200": {
            description:
              "Imported (or, with dryRun, what would be). With progress=ndjson: application/x-ndjson lines {phase, done, total}, then {result} or {problem} (the Problem document the plain call would answer).",
            content: { "application/json": { schema: ref("ImportResult") }, "application/x-ndjson": { schema: { type: "string" } } },
          },
          ...UNAUTHORIZED,
          ...FORBIDDEN,
          "409": problemResponse("Readings changed while importing; nothing was written, try again."),
          "413": problemResponse(`Over ${megabytes} MB or ${IMPORT_MAX_ROWS.toLocaleString("en")} data rows.`),
          "422": {
            description: "Refused cells, rows or query parameters, each named in `errors` (`rows[12].value`); nothing was written.",
            content: { "application/problem+json": { schema: ref("Problem") } },
          },
        },
      },
    },
    "/api/v1/readings/export": {
      get: {
        operationId: "exportReadings",
        summary: "Readings as CSV (kpi_code,period,value,note,version,entered_at,entered_by,source); current versions unless includeHistory",
        parameters: queryParameters(readingExportQuerySchema),
        responses: { "200": csvBody("The readings."), ...UNAUTHORIZED, ...FORBIDDEN, ...UNPROCESSABLE },
      },
    },
    "/api/v1/catalogue/export": {
      get: {
        operationId: "exportKpiCatalogue",
        summary: "The KPI catalogue as CSV, archived KPIs included",
        responses: { "200": csvBody("The KPI definitions."), ...UNAUTHORIZED, ...FORBIDDEN },
      },
    },
  };
}

/** The parts' paths in one object; a path two parts describe gets the operations of both. */
function mergePaths(...parts: JsonSchema[]): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const part of parts) {
    for (const [path, operations] of Object.entries(part)) paths[path] = { ...paths[path], ...(operations as JsonSchema) };
  }
  return paths;
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
    paths: mergePaths(
      accountPaths(),
      scoringPaths(),
      readingPaths(),
      csvPaths(),
      initiativePaths(),
      kpiLinkPaths(),
      demandProfilePaths(),
      organisationPaths(),
      kpiDefinitionPaths(),
      processPaths(),
      capabilityPaths(),
      teamPaths(),
      cataloguePaths(),
      peoplePaths(),
    ),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token from `npm run token:create` (a browser session also works)." },
      },
      schemas: componentSchemas(),
    },
  };
}
