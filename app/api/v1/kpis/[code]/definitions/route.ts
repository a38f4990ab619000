import { json, route } from "@/lib/api/route";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { kpiDefinitionHistory } from "@/lib/services/kpi-definitions";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no KPI with code '${raw.code}'.`;

/** GET /api/v1/kpis/{code}/definitions: the whole current definition (archived KPIs too) and every recorded change, with who made it: for those who manage KPIs. */
export const GET = route({ permission: "kpi:manage", params: { schema: codeParamsSchema, missing } }, async ({ params }) => {
  const result = await kpiDefinitionHistory(params.code);
  return result.ok ? json(result.value) : result.refusal;
});
