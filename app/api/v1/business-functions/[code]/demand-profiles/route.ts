import { json, route } from "@/lib/api/route";
import { listDemandProfiles } from "@/lib/db/demand-profiles";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { demandProfileJson, recordDemandProfile } from "@/lib/services/demand-profiles";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no business function ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/business-functions/{code}/demand-profiles: the function's profiles, oldest first. */
export const GET = route({ permission: "function:read", params }, async ({ params }) => {
  const fn = await listDemandProfiles(params.code);
  if (!fn) return notFound(missing(params));
  return json({ businessFunction: fn.code, profiles: fn.profiles.map((profile) => demandProfileJson(fn.code, profile)) });
});

/** POST /api/v1/business-functions/{code}/demand-profiles: 201 with the new profile, in force from its effectiveFrom. */
export const POST = route(
  { permission: "function:manage", params, body: "json", maxBytes: 8 * 1024, tooLarge: "A demand profile is at most 8 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await recordDemandProfile(user, params.code, body);
    if (!result.ok) return result.refusal;
    return json({ profile: result.value }, 201);
  },
);
