import { json, route } from "@/lib/api/route";
import { listPriorities } from "@/lib/db/priorities";
import { utcDay } from "@/lib/domain/periods";
import { priorityListQuerySchema } from "@/lib/schemas/organisation-query";
import { createPriorityFor, priorityJson } from "@/lib/services/priorities";

export const dynamic = "force-dynamic";

/** GET /api/v1/priorities?businessFunction=: firm-wide priorities first, then per function, heaviest first. */
export const GET = route({ permission: "function:read", query: priorityListQuerySchema }, async ({ query }) => {
  const today = utcDay(new Date());
  return json({ priorities: (await listPriorities(query)).map((row) => priorityJson(row, today)) });
});

/** POST /api/v1/priorities: 201 with the new priority; 409 when the code is taken. */
export const POST = route(
  { permission: "priority:manage", body: "json", maxBytes: 8 * 1024, tooLarge: "A priority is at most 8 KB of JSON." },
  async ({ user, body }) => {
    const result = await createPriorityFor(user, body);
    return result.ok ? json({ priority: result.value }, 201) : result.refusal;
  },
);
