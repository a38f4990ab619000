// CSV downloads: named after what and when, and never kept by a shared cache (they hold the
// organisation's figures).
import { NextResponse } from "next/server";
import { toIsoDate } from "@/lib/domain/periods";

function csvHeaders(filename: string): HeadersInit {
  return { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" };
}

/** `name-YYYY-MM-DD.csv` for today. */
export function csvDownload(body: string | ReadableStream<Uint8Array>, name: string): NextResponse {
  return new NextResponse(body, { headers: csvHeaders(`${name}-${toIsoDate(new Date())}.csv`) });
}
