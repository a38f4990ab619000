import { json, route } from "@/lib/api/route";
import { listTeams } from "@/lib/db/teams";
import { teamListQuerySchema } from "@/lib/schemas/team";
import { createTeamFor, teamJson } from "@/lib/services/teams";

export const dynamic = "force-dynamic";

/** GET /api/v1/teams[?archived=true]: teams by stream and name, with their active members. */
export const GET = route({ permission: "process:read", query: teamListQuerySchema }, async ({ query }) =>
  json({ teams: (await listTeams(query)).map(teamJson) }),
);

/** POST /api/v1/teams {code, name, stream, description?, members?}: 201; 409 when the code is taken. */
export const POST = route(
  { permission: "team:manage", body: "json", maxBytes: 64 * 1024, tooLarge: "A new team is at most 64 KB of JSON." },
  async ({ user, body }) => {
    const result = await createTeamFor(user, body);
    return result.ok ? json({ team: result.value }, 201) : result.refusal;
  },
);
