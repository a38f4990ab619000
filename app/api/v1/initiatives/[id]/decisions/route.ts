import { json, route } from "@/lib/api/route";
import { decisionJson, initiativeJson, initiativeParamsSchema } from "@/lib/schemas/initiative";
import { decideInitiative } from "@/lib/services/board-decisions";

export const dynamic = "force-dynamic";

const params = { schema: initiativeParamsSchema, missing: (raw: Record<string, string>) => `There is no initiative with id '${raw.id}'.` };

/**
 * POST /api/v1/initiatives/{id}/decisions {decision, rationale, meetingDate, version, rank?}: a
 * board decision (a lifecycle move or a rank), recorded with the change; 201 with the decision.
 */
export const POST = route(
  { permission: "initiative:read", params, body: "json", tooLarge: "A decision is at most 64 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await decideInitiative(user, params.id, body);
    return result.ok ? json({ decision: decisionJson(result.value.decision), initiative: initiativeJson(result.value.initiative) }, 201) : result.refusal;
  },
);
