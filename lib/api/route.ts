// Every API handler is made here, so none can forget a step. In order: refuse a cookie-borne write
// from another site → authenticate (bearer token or session cookie) → validate what the request
// names (path parameters → 404, query → 422, declared size → 413) → authorise (the role's permission
// in the matrix, before any record is read or the body is taken in) → read the body within its
// limit (→ 413, or 422 when JSON is asked for and it is not an object) → run. A handler answers
// with a Response or a Refusal, which is presented here as a problem document; an unexpected
// failure is logged and answered 500 as a problem document too, never as an HTML page; a database
// that does not answer is a 503.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { z } from "zod";
import { hashApiToken, looksLikeApiToken } from "@/lib/auth/api-token";
import { can, describePermission, type Permission } from "@/lib/auth/permissions";
import { findUserByApiTokenHash } from "@/lib/db/api-tokens";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { getUserById, type UserSummary } from "@/lib/db/users";
import { env } from "@/lib/env";
import { forbidden, invalid, invalidAt, notFound, tooLarge, unavailable, type Refusal } from "@/lib/refusal";
import { zodProblems } from "@/lib/schemas/problems";
import { searchParamsObject } from "@/lib/schemas/search-query";
import { problem, refusalResponse, unauthorized } from "./problem";
import { parseJsonObject, readAtMost } from "./request-body";

export type ApiUser = Pick<UserSummary, "id" | "email" | "name" | "role">;

type BodyKind = "json" | "bytes";
type Body<B> = B extends "json" ? Record<string, unknown> : B extends "bytes" ? Uint8Array : undefined;

export interface RouteConfig<P extends z.ZodType, Q extends z.ZodType, B extends BodyKind | undefined> {
  permission: Permission;
  /** Path parameters; a value the schema refuses cannot name a record, so it answers 404 with `missing`. */
  params?: { schema: P; missing: (raw: Record<string, string>) => string };
  query?: Q;
  /** The query comes from an HTML form, whose blank fields mean "no filter". */
  blankIsAbsent?: boolean;
  body?: B;
  /** Bytes the body may have; larger is 413 with `tooLarge`. */
  maxBytes?: number;
  tooLarge?: string;
  /** Extensions of the 413 document (e.g. the limits a client can adapt to). */
  limits?: Record<string, number>;
}

export interface RouteInput<P extends z.ZodType, Q extends z.ZodType, B> {
  request: NextRequest;
  user: ApiUser;
  params: z.output<P>;
  query: z.output<Q>;
  body: Body<B>;
}

type Handler<P extends z.ZodType, Q extends z.ZodType, B> = (input: RouteInput<P, Q, B>) => Promise<Response | Refusal>;
/** Next passes the path parameters; a test or the catch-all may call with none. */
type RouteContext = { params?: Promise<Record<string, string | string[]>> };
type NextHandler = (request: NextRequest, context?: RouteContext) => Promise<Response>;

const DEFAULT_MAX_BYTES = 64 * 1024;

export function route<
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends BodyKind | undefined = undefined,
>(config: RouteConfig<P, Q, B>, handler: Handler<P, Q, B>): NextHandler {
  return publicRoute(async (request, context) => {
    if (crossSiteCookieWrite(request)) return refusalResponse(forbidden("A write from another site needs an API token, not a browser session."));
    const user = await authenticateRequest(request);
    if (!user) return unauthorized();

    const raw = Object.fromEntries(Object.entries((await context?.params) ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]));
    const params = config.params ? config.params.schema.safeParse(raw) : { success: true as const, data: {} };
    if (!params.success) return refusalResponse(notFound(config.params?.missing(raw) ?? "There is no such record."));
    const query = config.query
      ? config.query.safeParse(searchParamsObject(request.nextUrl.searchParams, { blankIsAbsent: config.blankIsAbsent }))
      : { success: true as const, data: {} };
    if (!query.success) return refusalResponse(invalid(zodProblems(query.error, "query"), "A query parameter was refused; `errors` names each one."));
    const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
    const bodyTooLarge = () => refusalResponse(tooLarge(config.tooLarge ?? `The body is larger than ${Math.round(maxBytes / 1024)} KB.`, config.limits));
    if (config.body && declaredLength(request) > maxBytes) return bodyTooLarge();

    if (!can(user, config.permission)) return refusalResponse(forbidden(`Your role may not ${describePermission(config.permission)}.`));

    let body: unknown = undefined;
    if (config.body) {
      const bytes = await readAtMost(request, maxBytes);
      if (bytes === null) return bodyTooLarge();
      body = config.body === "bytes" ? bytes : parseJsonObject(bytes);
      if (body === undefined) return refusalResponse(invalidAt("body", "The body must be a JSON object", "The body must be a JSON object."));
    }
    const answer = await handler({ request, user, params: params.data as z.output<P>, query: query.data as z.output<Q>, body: body as Body<B> });
    const response = answer instanceof Response ? answer : refusalResponse(answer);
    // What a signed-in caller is shown is theirs (or the organisation's): no shared cache keeps it.
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    return response;
  });
}

/**
 * For the few routes that need no sign-in (health, the OpenAPI document, unknown paths), and the
 * outer layer of every other: a failure still answers as a problem document.
 */
export function publicRoute(handler: (request: NextRequest, context?: RouteContext) => Promise<Response>): NextHandler {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      // An outage is not a bug: say so with 503 (and when to retry), as the health check does.
      if (isDatabaseUnavailable(error)) {
        console.warn(`${request.method} ${request.nextUrl.pathname}: the database does not answer`);
        return refusalResponse(unavailable("The database does not answer; try again shortly."));
      }
      console.error(error);
      return problem({ title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." });
    }
  };
}

async function authenticateRequest(request: NextRequest): Promise<ApiUser | null> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token || !looksLikeApiToken(token)) return null;
    return findUserByApiTokenHash(hashApiToken(token));
  }
  const id = Number((await sessionToken(request))?.sub);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await getUserById(id);
  return user?.active ? user : null;
}

/**
 * The browser session, read from the request itself (not from Next's request scope) so route
 * handlers behave the same whoever calls them. Behind a TLS-terminating proxy the cookie may
 * carry the __Secure- prefix while the request looks like plain http, so both names are tried.
 */
async function sessionToken(request: NextRequest) {
  if (!env.AUTH_SECRET) return null;
  const read = (secureCookie: boolean) => getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  return (await read(request.nextUrl.protocol === "https:")) ?? (await read(request.nextUrl.protocol !== "https:"));
}

function declaredLength(request: NextRequest): number {
  const declared = Number(request.headers.get("content-length") ?? "");
  return Number.isFinite(declared) ? declared : 0;
}

/**
 * A browser sends the session cookie with requests another site makes; for writes that must not
 * count (cross-site request forgery). Token calls carry no cookie and are not affected.
 */
function crossSiteCookieWrite(request: NextRequest): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method) || request.headers.has("authorization")) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== (request.headers.get("host") ?? request.nextUrl.host);
  } catch {
    return true;
  }
}

/** JSON with the status the use case's success means (201 for a creation). */
export const json = (body: unknown, status = 200) => NextResponse.json(body, { status });
