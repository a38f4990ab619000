import { json, route } from "@/lib/api/route";
import { findPriority } from "@/lib/db/priorities";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { priorityJson, updatePriority } from "@/lib/services/priorities";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no business priority ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/priorities/{code} */
export const GET = route({ permission: "function:read", params }, async ({ params }) => {
  const priority = await findPriority(params.code);
  return priority ? json({ priority: priorityJson(priority, utcDay(new Date())) }) : notFound(missing(params));
});

/** PATCH /api/v1/priorities/{code}: title, description, weight or window with the version last seen; endsOn yesterday ends it from today. */
export const PATCH = route(
  { permission: "priority:manage", params, body: "json", maxBytes: 8 * 1024, tooLarge: "A priority is at most 8 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await updatePriority(user, params.code, body);
    return result.ok ? json({ priority: result.value }) : result.refusal;
  },
);
