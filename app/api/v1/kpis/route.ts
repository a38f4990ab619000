import { NextResponse } from "next/server";
import { problem } from "@/lib/api/problem";
import { withApiUser } from "@/lib/api/with-api-user";
import { listKpisForApi } from "@/lib/db/kpis";
import { kpiListQuerySchema, type KpiListItemJson } from "@/lib/schemas/reading-api";

export const dynamic = "force-dynamic";

/** GET /api/v1/kpis?layer=&scorecard=&businessFunction=&owner=&limit=&offset=: the live KPI catalogue, by code. */
export const GET = withApiUser("kpi:read", async (request) => {
  const query = kpiListQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    const errors = query.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "query"), message: issue.message }));
    return problem({ title: "Unprocessable Content", status: 422, detail: "A query parameter was refused.", errors });
  }
  const { limit, offset, ...filter } = query.data;
  const { total, kpis } = await listKpisForApi(filter, limit, offset);
  const items: KpiListItemJson[] = kpis.map((kpi) => ({
    code: kpi.code,
    name: kpi.name,
    layer: kpi.layer,
    scorecard: kpi.scorecard,
    direction: kpi.direction,
    unit: kpi.unit,
    frequency: kpi.frequency,
    target: kpi.target,
    redFlag: kpi.redFlag,
    bandLow: kpi.bandLow,
    bandHigh: kpi.bandHigh,
    bandTolerance: kpi.bandTolerance,
    ownerEmail: kpi.owner.email,
    businessFunction: kpi.businessFunction?.code ?? null,
  }));
  return NextResponse.json({ kpis: items, total, limit, offset });
});
