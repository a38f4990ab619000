import { json, route } from "@/lib/api/route";
import { listKpisForApi } from "@/lib/db/kpis";
import { kpiDefinitionFields } from "@/lib/kpi-view";
import { kpiListQuerySchema, type KpiListItemJson } from "@/lib/schemas/reading-api";

export const dynamic = "force-dynamic";

/** GET /api/v1/kpis?layer=&scorecard=&businessFunction=&owner=&limit=&offset=: the live KPI catalogue, by code. */
export const GET = route({ permission: "kpi:read", query: kpiListQuerySchema }, async ({ query }) => {
  const { limit, offset, ...filter } = query;
  const { total, kpis } = await listKpisForApi(filter, limit, offset);
  const items: KpiListItemJson[] = kpis.map((kpi) => ({
    ...kpiDefinitionFields(kpi),
    scorecard: kpi.scorecard,
    frequency: kpi.frequency,
    ownerEmail: kpi.owner.email,
    businessFunction: kpi.businessFunction?.code ?? null,
  }));
  return json({ kpis: items, total, limit, offset });
});
