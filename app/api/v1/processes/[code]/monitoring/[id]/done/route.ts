import { json, route } from "@/lib/api/route";
import { monitoringParamsSchema } from "@/lib/schemas/process";
import { logMonitoringDone } from "@/lib/services/processes";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `Process ${raw.code} has no monitoring action ${raw.id}.`;

/** POST /api/v1/processes/{code}/monitoring/{id}/done {doneOn, note?}: 201 with the log entry. */
export const POST = route(
  {
    permission: "monitoring:log",
    params: { schema: monitoringParamsSchema, missing },
    body: "json",
    maxBytes: 8 * 1024,
    tooLarge: "A log entry is at most 8 KB of JSON.",
  },
  async ({ user, params, body }) => {
    const result = await logMonitoringDone(user, params.code, params.id, body);
    return result.ok ? json({ entry: result.value }, 201) : result.refusal;
  },
);
