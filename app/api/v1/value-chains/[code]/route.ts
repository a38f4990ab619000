import { json, route } from "@/lib/api/route";
import { findValueChain } from "@/lib/db/value-chains";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { deletionQuerySchema } from "@/lib/schemas/version";
import { deleteValueChain, updateValueChain, valueChainJson } from "@/lib/services/value-chains";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no value chain ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/value-chains/{code} */
export const GET = route({ permission: "function:read", params }, async ({ params }) => {
  const chain = await findValueChain(params.code);
  return chain ? json({ valueChain: valueChainJson(chain) }) : notFound(missing(params));
});

/** PATCH /api/v1/value-chains/{code}: rename or describe, with the version last seen (409 when stale). */
export const PATCH = route(
  { permission: "function:manage", params, body: "json", maxBytes: 8 * 1024, tooLarge: "A value chain is at most 8 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await updateValueChain(user, params.code, body);
    return result.ok ? json({ valueChain: result.value }) : result.refusal;
  },
);

/** DELETE /api/v1/value-chains/{code}?version=N: only what nothing refers to (409 says what to do instead). */
export const DELETE = route({ permission: "function:manage", params, query: deletionQuerySchema }, async ({ user, params, query }) => {
  const result = await deleteValueChain(user, params.code, query);
  return result.ok ? json(result.value) : result.refusal;
});
