import { csvDownload } from "@/lib/api/csv-download";
import { route } from "@/lib/api/route";
import { exportReadingPages, READING_EXPORT_HEADER, readingCells } from "@/lib/db/reading-export";
import { csvLine } from "@/lib/domain/csv";
import { readingExportQuerySchema } from "@/lib/schemas/reading-import";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/readings/export?kpi=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD&includeHistory=true: readings
 * as CSV, streamed one database page at a time so a large export never sits in memory whole.
 */
export const GET = route({ permission: "reading:read", query: readingExportQuerySchema, blankIsAbsent: true }, async ({ query }) => {
  const { kpi, ...rest } = query;
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
  return csvDownload(body, "readings");
});
