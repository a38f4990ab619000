import { kpiEvaluationJson } from "@/lib/api/scorecard-json";
import { json, route } from "@/lib/api/route";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { utcDay } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { kpiQuerySchema } from "@/lib/schemas/scorecard-api";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no KPI with code '${raw.code}'.`;

/** GET /api/v1/kpis/{code}?asOf=YYYY-MM-DD: the KPI evaluated as of that day, with what supports it. */
export const GET = route({ permission: "scorecard:read", params: { schema: codeParamsSchema, missing }, query: kpiQuerySchema }, async ({ params, query }) => {
  // The whole snapshot, because the supporting tree can reach any KPI; it is one indexed query.
  const snapshot = await loadScoringSnapshot(query.asOf ?? utcDay(new Date()));
  const kpi = snapshot.kpis.find((each) => each.code === params.code);
  return kpi ? json(kpiEvaluationJson(snapshot, kpi)) : notFound(missing(params));
});
