import { json, route } from "@/lib/api/route";
import { getKpiForReading } from "@/lib/db/kpis";
import { listKpiReadings } from "@/lib/db/readings";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { readingJson, readingListQuerySchema } from "@/lib/schemas/reading-api";
import { recordReading } from "@/lib/services/readings";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no KPI with code '${raw.code}'.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/kpis/{code}/readings[?includeHistory=true]: the KPI's readings, newest period first. */
export const GET = route({ permission: "reading:read", params, query: readingListQuerySchema }, async ({ params, query }) => {
  const kpi = await getKpiForReading(params.code);
  if (!kpi) return notFound(missing(params));
  const readings = await listKpiReadings(kpi.id, query.includeHistory);
  return json({ kpi: kpi.code, unit: kpi.unit, readings: readings.map(readingJson) });
});

/**
 * POST /api/v1/kpis/{code}/readings {period, value, note?, reason?}: 201 with the new version;
 * 200 {unchanged: true} when the period already holds exactly this value and note. One reading
 * with its note and reason fits easily in 16 KB; anything larger is not a reading.
 */
export const POST = route(
  { permission: "reading:write", params, body: "json", maxBytes: 16 * 1024, tooLarge: "A reading is at most 16 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await recordReading(user, params.code, body, "api");
    if (!result.ok) return result.refusal;
    const { change, reading, correction } = result.value;
    const stored = readingJson({ ...reading, current: true });
    return change === "unchanged" ? json({ unchanged: true, reading: stored }) : json({ reading: stored, correction }, 201);
  },
);
