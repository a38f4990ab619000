// The organisation's part of the OpenAPI document: value chains, business functions and business
// priorities, created by code and edited at a version. Schemas are inlined from lib/schemas.
import { z } from "zod";
import { body, json, problem, queryParameters, refusals, type JsonSchema } from "./openapi-parts";
import {
  businessFunctionCreateSchema,
  businessFunctionJsonSchema,
  businessFunctionUpdateSchema,
  valueChainCreateSchema,
  valueChainJsonSchema,
  valueChainUpdateSchema,
} from "@/lib/schemas/organisation";
import { deletionQuerySchema } from "@/lib/schemas/version";
import { functionListQuerySchema, priorityListQuerySchema } from "@/lib/schemas/organisation-query";
import { priorityCreateSchema, priorityJsonSchema, priorityUpdateSchema } from "@/lib/schemas/priority";

const MANAGERS = "admins and executives";

interface Resource {
  /** The path under /api/v1 and the singular used in operation ids. */
  path: string;
  noun: string;
  nouns: string;
  /** The keys a response wraps one, or a list, in. */
  key: string;
  listKey: string;
  item: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  query?: z.ZodObject;
  readPermission: string;
  writePermission: string;
  createRefused: string;
  updateRefused: string;
  /** When it may be deleted, for those that may be. */
  deletable?: string;
}

function resourcePaths(resource: Resource): JsonSchema {
  const codeParameter = { name: "code", in: "path", required: true, description: `The ${resource.noun}'s code.`, schema: { type: "string" } };
  const pascal = (words: string) => words.replace(/(?:^| )(\w)/g, (_, letter: string) => letter.toUpperCase());
  const Noun = pascal(resource.noun);
  const one = z.object({ [resource.key]: resource.item });
  const missing = problem(`No ${resource.noun} has that code.`);
  return {
    [`/api/v1/${resource.path}`]: {
      get: {
        operationId: `list${pascal(resource.nouns)}`,
        summary: `Every ${resource.noun}`,
        parameters: queryParameters(resource.query),
        responses: {
          "200": json(z.object({ [resource.listKey]: z.array(resource.item) }), `The ${resource.nouns}.`),
          ...refusals(resource.readPermission),
          ...(resource.query ? { "422": problem("A query parameter was refused.") } : {}),
        },
      },
      post: {
        operationId: `create${Noun}`,
        summary: `Create a ${resource.noun}; its code is fixed from then on`,
        requestBody: body(resource.create),
        responses: {
          "201": json(one, `The new ${resource.noun}.`),
          ...refusals(`${resource.writePermission}: ${MANAGERS}`),
          "409": problem("The code is taken."),
          "413": problem("The body is over 8 KB."),
          "422": problem(resource.createRefused),
        },
      },
    },
    [`/api/v1/${resource.path}/{code}`]: {
      get: {
        operationId: `get${Noun}`,
        summary: `One ${resource.noun}`,
        parameters: [codeParameter],
        responses: { "200": json(one, `The ${resource.noun}.`), ...refusals(resource.readPermission), "404": missing },
      },
      patch: {
        operationId: `update${Noun}`,
        summary: `Change a ${resource.noun}, sending the version last read`,
        parameters: [codeParameter],
        requestBody: body(resource.update),
        responses: {
          "200": json(one, `The ${resource.noun} as changed, with its new version.`),
          ...refusals(`${resource.writePermission}: ${MANAGERS}`),
          "404": missing,
          "409": problem("Someone else changed it since `version`: nothing was saved."),
          "413": problem("The body is over 8 KB."),
          "422": problem(resource.updateRefused),
        },
      },
      ...(resource.deletable
        ? {
            delete: {
              operationId: `delete${Noun}`,
              summary: `Delete a ${resource.noun} set up by mistake: ${resource.deletable}`,
              parameters: [codeParameter, ...queryParameters(deletionQuerySchema)],
              responses: {
                "200": json(z.object({ deleted: z.string() }), "It is gone; the audit log keeps what it was."),
                ...refusals(`${resource.writePermission}: ${MANAGERS}`),
                "404": missing,
                "409": problem("Something refers to it (the message says what to do instead), or someone changed it since `version`."),
                "422": problem("version is missing or not a number."),
              },
            },
          }
        : {}),
    },
  };
}

export function organisationPaths(): JsonSchema {
  return {
    ...resourcePaths({
      path: "value-chains",
      noun: "value chain",
      nouns: "value chains",
      key: "valueChain",
      listKey: "valueChains",
      item: valueChainJsonSchema,
      create: valueChainCreateSchema,
      update: valueChainUpdateSchema,
      readPermission: "function:read",
      writePermission: "function:manage",
      createRefused: "A field was refused (`errors` names each): a malformed code, a missing name.",
      updateRefused: "A field was refused, or nothing to change was sent.",
      deletable: "only while it groups no business function",
    }),
    ...resourcePaths({
      path: "business-functions",
      noun: "business function",
      nouns: "business functions",
      key: "businessFunction",
      listKey: "businessFunctions",
      item: businessFunctionJsonSchema,
      create: businessFunctionCreateSchema,
      update: businessFunctionUpdateSchema,
      query: functionListQuerySchema,
      readPermission: "function:read",
      writePermission: "function:manage",
      createRefused: "A field was refused (`errors` names each): a malformed code, a missing name, an unknown valueChain.",
      updateRefused: "A field was refused (an unknown valueChain to move to), or nothing to change was sent.",
      deletable: "only while no KPI, priority or demand profile refers to it",
    }),
    ...resourcePaths({
      path: "priorities",
      noun: "business priority",
      nouns: "business priorities",
      key: "priority",
      listKey: "priorities",
      item: priorityJsonSchema,
      create: priorityCreateSchema,
      update: priorityUpdateSchema,
      query: priorityListQuerySchema,
      readPermission: "function:read",
      writePermission: "priority:manage",
      createRefused: "A field was refused (`errors` names each): a malformed code, a weight out of range, endsOn before startsOn, an unknown businessFunction.",
      updateRefused:
        "A field was refused: a window change that would alter a past day (a started priority keeps its startsOn; endsOn is yesterday or later; an ended priority stays ended), or nothing to change was sent.",
    }),
  };
}
