import { NextResponse } from "next/server";
import { readAtMost } from "@/lib/api/request-body";
import { problem } from "@/lib/api/problem";
import { invalidParameters } from "@/lib/api/scorecard-json";
import { withApiUser, type ApiUser } from "@/lib/api/with-api-user";
import { ImportConflictError, ImportRowLimitError, importReadingsCsv, type ImportOutcome } from "@/lib/db/reading-import";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, importQuerySchema, type ImportQuery, type RowError } from "@/lib/schemas/reading-import";

export const dynamic = "force-dynamic";

const MEGABYTES = IMPORT_MAX_BYTES / (1024 * 1024);

const tooLarge = (detail: string) => problem({ title: "Content Too Large", status: 413, detail, maxBytes: IMPORT_MAX_BYTES, maxRows: IMPORT_MAX_ROWS });
const bytesTooLarge = () => tooLarge(`The file is larger than ${MEGABYTES} MB; split it into smaller files.`);
const unprocessable = (detail: string, errors: RowError[] = []) => problem({ title: "Unprocessable Content", status: 422, detail, errors });

/**
 * POST /api/v1/readings/import[?dryRun=true][&progress=ndjson]: a CSV of readings, imported all
 * or nothing. The role check (withApiUser) comes before the body is read; KPI ownership is
 * checked per row.
 */
export const POST = withApiUser("reading:write", async (request, _context, user) => {
  const query = importQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return invalidParameters(query.error);
  // The declared length refuses an oversized upload before any of it is read…
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > IMPORT_MAX_BYTES) return bytesTooLarge();
  // …and counting what arrives catches a client that declared none, or lied.
  const bytes = await readAtMost(request, IMPORT_MAX_BYTES);
  if (bytes === null) return bytesTooLarge();
  const text = decodeUtf8(bytes);
  if (text === null) return unprocessable("The file is not UTF-8 text; save it as 'CSV UTF-8' and try again.");
  if (text.replace(/^\uFEFF/, "").trim() === "") return unprocessable("The body is empty: send a CSV file with the header kpi_code,period,value,note.");
  if (query.data.progress === "ndjson") return streamImport(text, user, query.data);
  try {
    return outcomeResponse(await importReadingsCsv({ text, actor: user, dryRun: query.data.dryRun ?? false }));
  } catch (error) {
    const known = knownFailure(error);
    if (known) return known;
    throw error;
  }
});

/** The decoder drops a leading BOM; invalid UTF-8 is refused rather than silently replaced. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function outcomeResponse(outcome: ImportOutcome): NextResponse {
  if (outcome.ok) return NextResponse.json(outcome.result);
  const count = new Set(outcome.errors.map((error) => error.row)).size;
  return unprocessable(`${count === 1 ? "1 row has" : `${count} rows have`} problems; nothing was imported.`, outcome.errors);
}

/** The failures a user can cause or retry; anything else is ours and stays a 500. */
function knownFailure(error: unknown): NextResponse | null {
  if (error instanceof ImportRowLimitError) return tooLarge(error.message);
  if (error instanceof ImportConflictError) return problem({ title: "Conflict", status: 409, detail: error.message });
  return null;
}

/**
 * Progress for the UI: one JSON line per step, then the outcome. The status is 200 once the
 * stream starts, so the outcome line says whether it worked.
 */
function streamImport(text: string, user: ApiUser, query: ImportQuery): NextResponse {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const outcome = await importReadingsCsv({ text, actor: user, dryRun: query.dryRun ?? false, onProgress: send });
        send(outcome.ok ? { result: outcome.result } : { errors: outcome.errors });
      } catch (error) {
        const known = knownFailure(error);
        if (!known) console.error(error);
        send({ problem: known ? await known.json() : { title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." } });
      }
      controller.close();
    },
  });
  return new NextResponse(body, { status: 200, headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" } });
}
