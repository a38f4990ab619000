import { json, route } from "@/lib/api/route";
import { getProcessDetail } from "@/lib/db/processes";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { processJson, replaceProcessSteps } from "@/lib/services/processes";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no process ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/processes/{code}/steps: the steps in order, each with the KPIs mapped to it, and the process's version. */
export const GET = route({ permission: "process:read", params }, async ({ params }) => {
  const process = await getProcessDetail(params.code);
  if (!process) return notFound(missing(params));
  const { steps, version } = processJson(process, utcDay(new Date()));
  return json({ steps, version });
});

/**
 * PUT /api/v1/processes/{code}/steps {version, steps: [{id?, name, description?}]}: the steps in
 * their new order; rows keep their id, so KPIs stay mapped. The process owner or an admin.
 */
export const PUT = route(
  { permission: "process:update", params, body: "json", maxBytes: 64 * 1024, tooLarge: "A step list is at most 64 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await replaceProcessSteps(user, params.code, body);
    return result.ok ? json({ steps: result.value.steps, version: result.value.version }) : result.refusal;
  },
);
