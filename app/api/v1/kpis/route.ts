import { json, route } from "@/lib/api/route";
import { listKpisForApi } from "@/lib/db/kpis";
import { kpiListQuerySchema, type KpiListItemJson } from "@/lib/schemas/reading-api";
import { createKpi, kpiDefinitionJson } from "@/lib/services/kpi-definitions";

export const dynamic = "force-dynamic";

/** GET /api/v1/kpis?layer=&scorecard=&businessFunction=&owner=&limit=&offset=: the live KPI catalogue, by code. */
export const GET = route({ permission: "kpi:read", query: kpiListQuerySchema }, async ({ query }) => {
  const { limit, offset, ...filter } = query;
  const { total, kpis } = await listKpisForApi(filter, limit, offset);
  const items: KpiListItemJson[] = kpis.map(kpiDefinitionJson);
  return json({ kpis: items, total, limit, offset });
});

/** POST /api/v1/kpis: 201 with the new KPI's whole definition; 409 when the code is taken. */
export const POST = route(
  { permission: "kpi:manage", body: "json", maxBytes: 16 * 1024, tooLarge: "A KPI definition is at most 16 KB of JSON." },
  async ({ user, body }) => {
    const result = await createKpi(user, body);
    return result.ok ? json({ kpi: result.value }, 201) : result.refusal;
  },
);
