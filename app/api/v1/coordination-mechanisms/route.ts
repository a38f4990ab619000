import { json, route } from "@/lib/api/route";
import { listCoordination } from "@/lib/db/coordination";
import { coordinationListQuerySchema } from "@/lib/schemas/coordination";
import { coordinationJson, createCoordinationFor } from "@/lib/services/coordination";

export const dynamic = "force-dynamic";

/** GET /api/v1/coordination-mechanisms[?process=CODE&archived=true]: by code. */
export const GET = route({ permission: "process:read", query: coordinationListQuerySchema }, async ({ query }) =>
  json({ coordinationMechanisms: (await listCoordination(query)).map(coordinationJson) }),
);

/** POST /api/v1/coordination-mechanisms {code, name, kind, purpose?, cadence?, participants?, process, leadEmail?}: 201; 409 when the code is taken. */
export const POST = route(
  { permission: "process:update", body: "json", maxBytes: 16 * 1024, tooLarge: "A coordination mechanism is at most 16 KB of JSON." },
  async ({ user, body }) => {
    const result = await createCoordinationFor(user, body);
    return result.ok ? json({ coordinationMechanism: result.value }, 201) : result.refusal;
  },
);
