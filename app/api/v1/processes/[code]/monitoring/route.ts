import { json, route } from "@/lib/api/route";
import { getProcessDetail, listMonitoringLog } from "@/lib/db/processes";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { monitoringLogJson, processJson } from "@/lib/services/processes";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no process ${raw.code}.`;

/** GET /api/v1/processes/{code}/monitoring: each live action's due state, and the latest 50 log entries. */
export const GET = route({ permission: "process:read", params: { schema: codeParamsSchema, missing } }, async ({ params }) => {
  const process = await getProcessDetail(params.code);
  if (!process) return notFound(missing(params));
  const log = await listMonitoringLog(process.id, 50);
  return json({ monitoring: processJson(process, utcDay(new Date())).monitoring, log: log.map(monitoringLogJson) });
});
