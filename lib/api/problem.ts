// RFC 9457 problem documents: every API error has this shape and media type, and a refusal
// (lib/refusal.ts) is presented here and nowhere else.
import { NextResponse } from "next/server";
import type { Refusal, RefusalKind } from "@/lib/refusal";

export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

export function problem(details: ProblemDetails, headers?: HeadersInit): NextResponse {
  return NextResponse.json(
    { type: "about:blank", ...details },
    { status: details.status, headers: { "content-type": "application/problem+json", ...headers } },
  );
}

export const unauthorized = () =>
  problem(
    { title: "Unauthorized", status: 401, detail: "Sign in, or send a valid API token as 'Authorization: Bearer <token>'." },
    { "www-authenticate": 'Bearer realm="api"' },
  );

const STATUS: Record<RefusalKind, { status: number; title: string }> = {
  "not-found": { status: 404, title: "Not Found" },
  forbidden: { status: 403, title: "Forbidden" },
  invalid: { status: 422, title: "Unprocessable Content" },
  conflict: { status: 409, title: "Conflict" },
  "too-large": { status: 413, title: "Content Too Large" },
  unavailable: { status: 503, title: "Service Unavailable" },
};

/** The problem document for a refusal; `errors` is always present on a 422, in the one shape. */
export function refusalBody(refusal: Refusal): ProblemDetails & { type: string } {
  const { status, title } = STATUS[refusal.kind];
  const extra = refusal.kind === "invalid" ? { errors: refusal.errors } : refusal.kind === "too-large" && refusal.limits ? refusal.limits : {};
  return { type: "about:blank", title, status, detail: refusal.message, ...extra };
}

export function refusalResponse(refusal: Refusal): NextResponse {
  const body = refusalBody(refusal);
  return problem(body, refusal.kind === "unavailable" ? { "retry-after": "30" } : undefined);
}
