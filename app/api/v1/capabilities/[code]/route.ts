import { json, route } from "@/lib/api/route";
import { getCapability } from "@/lib/db/capabilities";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { capabilityJson, changeCapability } from "@/lib/services/capabilities";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no capability ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/capabilities/{code} */
export const GET = route({ permission: "process:read", params }, async ({ params }) => {
  const capability = await getCapability(params.code);
  return capability ? json({ capability: capabilityJson(capability, utcDay(new Date())) }) : notFound(missing(params));
});

/** PATCH /api/v1/capabilities/{code} with the version last seen; `archived` archives or restores. */
export const PATCH = route(
  { permission: "capability:manage", params, body: "json", maxBytes: 8 * 1024, tooLarge: "A capability change is at most 8 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await changeCapability(user, params.code, body);
    return result.ok ? json({ capability: result.value }) : result.refusal;
  },
);
