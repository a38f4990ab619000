import { json, route } from "@/lib/api/route";
import { getCoordination } from "@/lib/db/coordination";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { changeCoordination, coordinationJson } from "@/lib/services/coordination";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no coordination mechanism ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/coordination-mechanisms/{code} */
export const GET = route({ permission: "process:read", params }, async ({ params }) => {
  const mechanism = await getCoordination(params.code);
  return mechanism ? json({ coordinationMechanism: coordinationJson(mechanism) }) : notFound(missing(params));
});

/** PATCH /api/v1/coordination-mechanisms/{code} with the version last seen; `archived` retires or restores. */
export const PATCH = route(
  { permission: "process:update", params, body: "json", maxBytes: 16 * 1024, tooLarge: "A coordination mechanism change is at most 16 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await changeCoordination(user, params.code, body);
    return result.ok ? json({ coordinationMechanism: result.value }) : result.refusal;
  },
);
