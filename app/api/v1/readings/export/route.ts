import { NextResponse } from "next/server";
import { invalidParameters } from "@/lib/api/scorecard-json";
import { withApiUser } from "@/lib/api/with-api-user";
import { exportReadingPages, READING_EXPORT_HEADER, readingCells } from "@/lib/db/reading-export";
import { csvLine } from "@/lib/domain/csv";
import { toIsoDate } from "@/lib/domain/periods";
import { readingExportQuerySchema, searchParamsObject } from "@/lib/schemas/reading-import";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/readings/export?kpi=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD&includeHistory=true: readings
 * as CSV, streamed one database page at a time so a large export never sits in memory whole.
 */
export const GET = withApiUser("reading:read", async (request) => {
  const query = readingExportQuerySchema.safeParse(searchParamsObject(request.nextUrl.searchParams));
  if (!query.success) return invalidParameters(query.error);
  const { kpi, ...rest } = query.data;
  const pages = exportReadingPages({ kpiCodes: kpi, ...rest });
  const encoder = new TextEncoder();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine(READING_EXPORT_HEADER)));
        return;
      }
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((reading) => csvLine(readingCells(reading))).join("")));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return new NextResponse(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="readings-${toIsoDate(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
});
