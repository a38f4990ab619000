import { NextResponse } from "next/server";
import { parseJsonObject, readAtMost } from "@/lib/api/request-body";
import { forbidden, notFound, problem } from "@/lib/api/problem";
import { withApiUser } from "@/lib/api/with-api-user";
import { getKpiForReading } from "@/lib/db/kpis";
import { listKpiReadings } from "@/lib/db/readings";
import { recordReading, type FieldError } from "@/lib/db/record-reading";
import { readingJson, readingListQuerySchema } from "@/lib/schemas/reading-api";
import { parseCodeParam } from "@/lib/schemas/code-param";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code: string }> };

const unprocessable = (detail: string, errors: FieldError[]) => problem({ title: "Unprocessable Content", status: 422, detail, errors });
const unknownKpi = (code: string) => notFound(`There is no KPI with code '${code}'.`);

/** GET /api/v1/kpis/{code}/readings[?includeHistory=true]: the KPI's readings, newest period first. */
export const GET = withApiUser("reading:read", async (request, { params }: Context) => {
  const raw = (await params).code;
  const code = parseCodeParam(raw);
  const kpi = code === null ? null : await getKpiForReading(code);
  if (!kpi) return unknownKpi(raw);
  const query = readingListQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return unprocessable("A query parameter was refused.", query.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "query"), message: issue.message })));
  }
  const readings = await listKpiReadings(kpi.id, query.data.includeHistory);
  return NextResponse.json({ kpi: kpi.code, unit: kpi.unit, readings: readings.map(readingJson) });
});

/**
 * POST /api/v1/kpis/{code}/readings {period, value, note?, reason?}: 201 with the new version;
 * 200 {unchanged: true} when the period already holds exactly this value and note.
 */
export const POST = withApiUser("reading:write", async (request, { params }: Context, user) => {
  const raw = (await params).code;
  const code = parseCodeParam(raw);
  if (code === null) return unknownKpi(raw);
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === null) return problem({ title: "Content Too Large", status: 413, detail: `A reading is at most ${MAX_BODY_BYTES / 1024} KB of JSON.` });
  const body = parseJsonObject(bytes);
  if (body === undefined) return unprocessable("The body must be a JSON object.", [{ field: "body", message: "The body must be a JSON object" }]);

  const result = await recordReading(user, code, body, "api");
  switch (result.kind) {
    case "created":
      return NextResponse.json({ reading: readingJson({ ...result.reading, current: true }), correction: result.correction }, { status: 201 });
    case "unchanged":
      return NextResponse.json({ unchanged: true, reading: readingJson({ ...result.reading, current: true }) });
    case "not-found":
      return notFound(result.message);
    case "forbidden":
      return forbidden(result.message);
    case "invalid":
      return unprocessable("The reading was refused; `errors` names each field.", result.errors);
    case "conflict":
      return problem({ title: "Conflict", status: 409, detail: result.message });
  }
});

/** One reading with its note and reason fits easily; anything larger is not a reading. */
const MAX_BODY_BYTES = 16 * 1024;
