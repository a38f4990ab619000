import { json, route } from "@/lib/api/route";
import { listBacklog } from "@/lib/db/initiatives";
import { backlogQuerySchema, initiativeJson } from "@/lib/schemas/initiative";
import { proposeInitiative } from "@/lib/services/initiatives";

export const dynamic = "force-dynamic";

/** GET /api/v1/initiatives[?status&stream&businessFunction&kpi]: the backlog in board order. */
export const GET = route({ permission: "initiative:read", query: backlogQuerySchema }, async ({ query }) => {
  const initiatives = await listBacklog(query);
  return json({ initiatives: initiatives.map(initiativeJson) });
});

/** POST /api/v1/initiatives: propose an initiative (201 with it, status proposed). */
export const POST = route({ permission: "initiative:propose", body: "json", tooLarge: "An initiative is at most 64 KB of JSON." }, async ({ user, body }) => {
  const result = await proposeInitiative(user, body);
  return result.ok ? json({ initiative: initiativeJson(result.value) }, 201) : result.refusal;
});
