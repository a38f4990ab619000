import { json, route } from "@/lib/api/route";
import { getTeam } from "@/lib/db/teams";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { changeTeam, teamJson } from "@/lib/services/teams";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no team ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/teams/{code} */
export const GET = route({ permission: "process:read", params }, async ({ params }) => {
  const team = await getTeam(params.code);
  return team ? json({ team: teamJson(team) }) : notFound(missing(params));
});

/** PATCH /api/v1/teams/{code} with the version last seen; `members` replaces the list, `archived` archives or restores. */
export const PATCH = route(
  { permission: "team:manage", params, body: "json", maxBytes: 64 * 1024, tooLarge: "A team change is at most 64 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await changeTeam(user, params.code, body);
    return result.ok ? json({ team: result.value }) : result.refusal;
  },
);
