import { NextResponse } from "next/server";
import { forbidden, notFound, problem } from "@/lib/api/problem";
import { parseJsonObject, readAtMost } from "@/lib/api/request-body";
import { withApiUser } from "@/lib/api/with-api-user";
import { listBacklog, proposeInitiative, type FieldError } from "@/lib/db/initiatives";
import { backlogQuerySchema, initiativeJson } from "@/lib/schemas/initiative";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;
const unprocessable = (detail: string, errors: FieldError[]) => problem({ title: "Unprocessable Content", status: 422, detail, errors });

/** GET /api/v1/initiatives[?status&stream&businessFunction&kpi]: the backlog in board order. */
export const GET = withApiUser("initiative:read", async (request) => {
  const query = backlogQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return unprocessable("A query parameter was refused.", query.error.issues.map((issue) => ({ field: String(issue.path[0] ?? "query"), message: issue.message })));
  }
  const initiatives = await listBacklog(query.data);
  return NextResponse.json({ initiatives: initiatives.map(initiativeJson) });
});

/** POST /api/v1/initiatives: propose an initiative (201 with it, status proposed). */
export const POST = withApiUser("initiative:propose", async (request, _context: unknown, user) => {
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === null) return problem({ title: "Content Too Large", status: 413, detail: `An initiative is at most ${MAX_BODY_BYTES / 1024} KB of JSON.` });
  const body = parseJsonObject(bytes);
  if (body === undefined) return unprocessable("The body must be a JSON object.", [{ field: "body", message: "The body must be a JSON object" }]);
  const result = await proposeInitiative(user, body);
  switch (result.kind) {
    case "ok":
      return NextResponse.json({ initiative: initiativeJson(result.initiative) }, { status: 201 });
    case "not-found":
      return notFound(result.message);
    case "forbidden":
      return forbidden(result.message);
    case "invalid":
      return unprocessable("The initiative was refused; `errors` names each field.", result.errors);
    case "conflict":
      return problem({ title: "Conflict", status: 409, detail: result.message });
  }
});
