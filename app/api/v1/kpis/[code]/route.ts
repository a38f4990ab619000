import { kpiEvaluationJson } from "@/lib/api/scorecard-json";
import { json, route } from "@/lib/api/route";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { kpiQuerySchema } from "@/lib/schemas/scorecard-api";
import { updateKpi } from "@/lib/services/kpi-definitions";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no KPI with code '${raw.code}'.`;

const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/kpis/{code}?asOf=YYYY-MM-DD: the KPI evaluated as of that day, with what supports it. */
export const GET = route({ permission: "scorecard:read", params, query: kpiQuerySchema }, async ({ params, query }) => {
  // The whole snapshot, because the supporting tree can reach any KPI; it is one indexed query.
  const snapshot = await loadScoringSnapshot(query.asOf ?? utcDay(new Date()));
  const kpi = snapshot.kpis.find((each) => each.code === params.code);
  return kpi ? json(kpiEvaluationJson(snapshot, kpi)) : notFound(missing(params));
});

/** PATCH /api/v1/kpis/{code}: any definition fields with the version last read (409 when stale), `archived` to archive or restore. */
export const PATCH = route(
  { permission: "kpi:manage", params, body: "json", maxBytes: 16 * 1024, tooLarge: "A KPI definition is at most 16 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await updateKpi(user, params.code, body);
    return result.ok ? json({ kpi: result.value }) : result.refusal;
  },
);
