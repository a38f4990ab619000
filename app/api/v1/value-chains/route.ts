import { json, route } from "@/lib/api/route";
import { listValueChains } from "@/lib/db/value-chains";
import { createValueChainFor, valueChainJson } from "@/lib/services/value-chains";

export const dynamic = "force-dynamic";

/** GET /api/v1/value-chains: every value chain with the codes of its functions, by name. */
export const GET = route({ permission: "function:read" }, async () => json({ valueChains: (await listValueChains()).map(valueChainJson) }));

/** POST /api/v1/value-chains: 201 with the new chain; 409 when the code is taken. */
export const POST = route(
  { permission: "function:manage", body: "json", maxBytes: 8 * 1024, tooLarge: "A value chain is at most 8 KB of JSON." },
  async ({ user, body }) => {
    const result = await createValueChainFor(user, body);
    return result.ok ? json({ valueChain: result.value }, 201) : result.refusal;
  },
);
