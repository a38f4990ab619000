import { NextResponse } from "next/server";
import { forbidden, notFound, problem } from "@/lib/api/problem";
import { parseJsonObject, readAtMost } from "@/lib/api/request-body";
import { withApiUser } from "@/lib/api/with-api-user";
import { updateInitiative, type FieldError } from "@/lib/db/initiatives";
import { initiativeIdSchema, initiativeJson, versionSchema } from "@/lib/schemas/initiative";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const MAX_BODY_BYTES = 64 * 1024;
const unprocessable = (detail: string, errors: FieldError[]) => problem({ title: "Unprocessable Content", status: 422, detail, errors });

/**
 * PATCH /api/v1/initiatives/{id} {version, …fields}: edit an initiative as of the version the client
 * saw; 409 when someone else changed it since, and nothing is written.
 */
export const PATCH = withApiUser("initiative:read", async (request, { params }: Context, user) => {
  const raw = (await params).id;
  const id = /^\d+$/.test(raw) ? initiativeIdSchema.safeParse(raw) : null;
  if (!id?.success) return notFound(`There is no initiative with id '${raw}'.`);
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === null) return problem({ title: "Content Too Large", status: 413, detail: `A change is at most ${MAX_BODY_BYTES / 1024} KB of JSON.` });
  const body = parseJsonObject(bytes);
  if (body === undefined) return unprocessable("The body must be a JSON object.", [{ field: "body", message: "The body must be a JSON object" }]);
  const { version, ...changes } = body;
  const seen = versionSchema.safeParse(version);
  if (!seen.success) return unprocessable("The change was refused; `errors` names each field.", [{ field: "version", message: seen.error.issues[0]?.message ?? "version is required" }]);
  const result = await updateInitiative(user, id.data, seen.data, changes);
  switch (result.kind) {
    case "ok":
      return NextResponse.json({ initiative: initiativeJson(result.initiative) });
    case "not-found":
      return notFound(result.message);
    case "forbidden":
      return forbidden(result.message);
    case "invalid":
      return unprocessable("The change was refused; `errors` names each field.", result.errors);
    case "conflict":
      return problem({ title: "Conflict", status: 409, detail: result.message });
  }
});
