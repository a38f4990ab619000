import { json, route } from "@/lib/api/route";
import { listBusinessFunctions } from "@/lib/db/business-functions";
import { utcDay } from "@/lib/domain/periods";
import { functionListQuerySchema } from "@/lib/schemas/organisation-query";
import { businessFunctionJson, createBusinessFunctionFor } from "@/lib/services/business-functions";

export const dynamic = "force-dynamic";

/** GET /api/v1/business-functions?valueChain=: every function, by value chain and name. */
export const GET = route({ permission: "function:read", query: functionListQuerySchema }, async ({ query }) =>
  json({ businessFunctions: (await listBusinessFunctions(utcDay(new Date()), query)).map(businessFunctionJson) }),
);

/** POST /api/v1/business-functions: 201 with the new function in its value chain; 409 when the code is taken. */
export const POST = route(
  { permission: "function:manage", body: "json", maxBytes: 8 * 1024, tooLarge: "A business function is at most 8 KB of JSON." },
  async ({ user, body }) => {
    const result = await createBusinessFunctionFor(user, body);
    return result.ok ? json({ businessFunction: result.value }, 201) : result.refusal;
  },
);
