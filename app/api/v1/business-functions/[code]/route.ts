import { json, route } from "@/lib/api/route";
import { findBusinessFunction } from "@/lib/db/business-functions";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { deletionQuerySchema } from "@/lib/schemas/version";
import { businessFunctionJson, deleteBusinessFunction, updateBusinessFunction } from "@/lib/services/business-functions";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no business function ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/business-functions/{code} */
export const GET = route({ permission: "function:read", params }, async ({ params }) => {
  const fn = await findBusinessFunction(params.code, utcDay(new Date()));
  return fn ? json({ businessFunction: businessFunctionJson(fn) }) : notFound(missing(params));
});

/** PATCH /api/v1/business-functions/{code}: rename, describe or move to another value chain, with the version last seen. */
export const PATCH = route(
  { permission: "function:manage", params, body: "json", maxBytes: 8 * 1024, tooLarge: "A business function is at most 8 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await updateBusinessFunction(user, params.code, body);
    return result.ok ? json({ businessFunction: result.value }) : result.refusal;
  },
);

/** DELETE /api/v1/business-functions/{code}?version=N: only what nothing refers to (409 says what to do instead). */
export const DELETE = route({ permission: "function:manage", params, query: deletionQuerySchema }, async ({ user, params, query }) => {
  const result = await deleteBusinessFunction(user, params.code, query);
  return result.ok ? json(result.value) : result.refusal;
});
