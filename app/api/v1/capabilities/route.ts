import { json, route } from "@/lib/api/route";
import { listCapabilities } from "@/lib/db/capabilities";
import { utcDay } from "@/lib/domain/periods";
import { capabilityListQuerySchema } from "@/lib/schemas/capability";
import { capabilityJson, createCapabilityFor } from "@/lib/services/capabilities";

export const dynamic = "force-dynamic";

/** GET /api/v1/capabilities[?archived=true&kind=people]: capabilities with their current maturity, by kind and code. */
export const GET = route({ permission: "process:read", query: capabilityListQuerySchema }, async ({ query }) => {
  const today = utcDay(new Date());
  return json({ capabilities: (await listCapabilities(query)).map((capability) => capabilityJson(capability, today)) });
});

/** POST /api/v1/capabilities {code, name, kind, description?, targetMaturity, process?, ownerEmail?}: 201; 409 when the code is taken. */
export const POST = route(
  { permission: "capability:manage", body: "json", maxBytes: 8 * 1024, tooLarge: "A new capability is at most 8 KB of JSON." },
  async ({ user, body }) => {
    const result = await createCapabilityFor(user, body);
    return result.ok ? json({ capability: result.value }, 201) : result.refusal;
  },
);
