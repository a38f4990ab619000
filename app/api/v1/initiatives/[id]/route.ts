import { json, route } from "@/lib/api/route";
import { initiativeJson, initiativeParamsSchema } from "@/lib/schemas/initiative";
import { updateInitiative } from "@/lib/services/initiatives";

export const dynamic = "force-dynamic";

const params = { schema: initiativeParamsSchema, missing: (raw: Record<string, string>) => `There is no initiative with id '${raw.id}'.` };

/**
 * PATCH /api/v1/initiatives/{id} {version, …fields}: edit an initiative as of the version the client
 * saw; 409 when someone else changed it since, and nothing is written.
 */
export const PATCH = route(
  { permission: "initiative:read", params, body: "json", tooLarge: "A change is at most 64 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await updateInitiative(user, params.id, body);
    return result.ok ? json({ initiative: initiativeJson(result.value) }) : result.refusal;
  },
);
