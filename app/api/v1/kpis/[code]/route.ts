import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/problem";
import { invalidParameters, kpiEvaluationJson } from "@/lib/api/scorecard-json";
import { withApiUser } from "@/lib/api/with-api-user";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { utcDay } from "@/lib/domain/periods";
import { kpiQuerySchema } from "@/lib/schemas/scorecard-api";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code: string }> };

/** GET /api/v1/kpis/{code}?asOf=YYYY-MM-DD: the KPI evaluated as of that day, with what supports it. */
export const GET = withApiUser("scorecard:read", async (request, { params }: Context) => {
  const { code } = await params;
  const query = kpiQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return invalidParameters(query.error);

  // The whole snapshot, because the supporting tree can reach any KPI; it is one indexed query.
  const snapshot = await loadScoringSnapshot(query.data.asOf ?? utcDay(new Date()));
  const kpi = snapshot.kpis.find((each) => each.code === code);
  if (!kpi) return notFound(`There is no KPI with code '${code}'.`);
  return NextResponse.json(kpiEvaluationJson(snapshot, kpi));
});
