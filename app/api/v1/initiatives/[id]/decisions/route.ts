import { NextResponse } from "next/server";
import { forbidden, notFound, problem } from "@/lib/api/problem";
import { parseJsonObject, readAtMost } from "@/lib/api/request-body";
import { withApiUser } from "@/lib/api/with-api-user";
import { decideInitiative } from "@/lib/db/initiative-decisions";
import type { FieldError } from "@/lib/db/initiatives";
import { decisionJson, initiativeIdSchema, initiativeJson } from "@/lib/schemas/initiative";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const MAX_BODY_BYTES = 64 * 1024;
const unprocessable = (detail: string, errors: FieldError[]) => problem({ title: "Unprocessable Content", status: 422, detail, errors });

/**
 * POST /api/v1/initiatives/{id}/decisions {decision, rationale, meetingDate, version, rank?}: a
 * board decision (a lifecycle move or a rank), recorded with the change; 201 with the decision.
 */
export const POST = withApiUser("initiative:read", async (request, { params }: Context, user) => {
  const raw = (await params).id;
  const id = /^\d+$/.test(raw) ? initiativeIdSchema.safeParse(raw) : null;
  if (!id?.success) return notFound(`There is no initiative with id '${raw}'.`);
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === null) return problem({ title: "Content Too Large", status: 413, detail: `A decision is at most ${MAX_BODY_BYTES / 1024} KB of JSON.` });
  const body = parseJsonObject(bytes);
  if (body === undefined) return unprocessable("The body must be a JSON object.", [{ field: "body", message: "The body must be a JSON object" }]);
  const result = await decideInitiative(user, id.data, body);
  switch (result.kind) {
    case "ok":
      return NextResponse.json({ decision: decisionJson(result.decision), initiative: initiativeJson(result.initiative) }, { status: 201 });
    case "not-found":
      return notFound(result.message);
    case "forbidden":
      return forbidden(result.message);
    case "invalid":
      return unprocessable("The decision was refused; `errors` names each field.", result.errors);
    case "conflict":
      return problem({ title: "Conflict", status: 409, detail: result.message });
  }
});
