// RFC 9457 problem documents: every API error has this shape and media type.
import { NextResponse } from "next/server";

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

export const forbidden = (detail: string) => problem({ title: "Forbidden", status: 403, detail });

export const notFound = (detail: string) => problem({ title: "Not Found", status: 404, detail });
