import { NextResponse } from "next/server";
import { refusalBody } from "@/lib/api/problem";
import { json, route } from "@/lib/api/route";
import { importQuerySchema } from "@/lib/schemas/reading-import";
import { IMPORT_LIMITS, importReadings, type ImportRequest } from "@/lib/services/reading-import";
import type { Actor } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/readings/import[?dryRun=true][&progress=ndjson]: a CSV of readings, imported all
 * or nothing. The role check comes before the body is read; KPI ownership is checked per row.
 */
export const POST = route(
  {
    permission: "reading:write",
    query: importQuerySchema,
    body: "bytes",
    maxBytes: IMPORT_LIMITS.maxBytes,
    tooLarge: `The file is larger than ${IMPORT_LIMITS.maxBytes / (1024 * 1024)} MB; split it into smaller files.`,
    limits: IMPORT_LIMITS,
  },
  async ({ user, query, body }) => {
    const request = { bytes: body, dryRun: query.dryRun ?? false };
    if (query.progress === "ndjson") return streamImport(user, request);
    const result = await importReadings(user, request);
    return result.ok ? json(result.value) : result.refusal;
  },
);

/**
 * Progress for the UI: one JSON line per step, then the outcome — `{result}` or `{problem}` (the
 * same problem document the plain call answers). The status is 200 once the stream starts, so
 * the last line says whether it worked.
 */
function streamImport(user: Actor, request: ImportRequest): NextResponse {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await importReadings(user, { ...request, onProgress: send });
        send(result.ok ? { result: result.value } : { problem: refusalBody(result.refusal) });
      } catch (error) {
        console.error(error);
        send({ problem: { type: "about:blank", title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." } });
      }
      controller.close();
    },
  });
  return new NextResponse(body, { status: 200, headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" } });
}
