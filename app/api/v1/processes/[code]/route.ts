import { json, route } from "@/lib/api/route";
import { getProcessDetail } from "@/lib/db/processes";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { changeProcess, processJson } from "@/lib/services/processes";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no process ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/processes/{code} */
export const GET = route({ permission: "process:read", params }, async ({ params }) => {
  const process = await getProcessDetail(params.code);
  return process ? json({ process: processJson(process, utcDay(new Date())) }) : notFound(missing(params));
});

/**
 * PATCH /api/v1/processes/{code} with the version last seen. Which fields the caller may send
 * depends on who they are (what it is and who owns it: process managers; its documentation: its
 * owner), so the permission is decided by changeProcess, not here.
 */
export const PATCH = route(
  { permission: "process:read", params, body: "json", maxBytes: 128 * 1024, tooLarge: "A process change is at most 128 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await changeProcess(user, params.code, body);
    return result.ok ? json({ process: result.value }) : result.refusal;
  },
);
