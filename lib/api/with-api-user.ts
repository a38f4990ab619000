// Every API route handler is wrapped here: authenticate (bearer token or session cookie), check
// the permission matrix, and turn unexpected failures into a problem document instead of a bare
// 500 page.
import type { NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { hashApiToken, looksLikeApiToken } from "@/lib/auth/api-token";
import { can, describePermission, type Permission } from "@/lib/auth/permissions";
import { findUserByApiTokenHash } from "@/lib/db/api-tokens";
import { getUserById, type UserSummary } from "@/lib/db/users";
import { forbidden, problem, unauthorized } from "./problem";

export type ApiUser = Pick<UserSummary, "id" | "email" | "name" | "role">;

export async function authenticateRequest(request: NextRequest): Promise<ApiUser | null> {
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

type Handler<C> = (request: NextRequest, context: C, user: ApiUser) => Promise<NextResponse>;

export function withApiUser<C>(permission: Permission, handler: Handler<C>) {
  return withPublicApi<C>(async (request, context) => {
    if (crossSiteCookieWrite(request)) return forbidden("A write from another site needs an API token, not a browser session.");
    const user = await authenticateRequest(request);
    if (!user) return unauthorized();
    if (!can(user, permission)) return forbidden(`Your role may not ${describePermission(permission)}.`);
    return handler(request, context, user);
  });
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

/**
 * For the few routes that need no sign-in (health, the OpenAPI document, unknown paths): a failure
 * still answers as a problem document, never as Next's HTML error page.
 */
export function withPublicApi<C>(handler: (request: NextRequest, context: C) => Promise<NextResponse>) {
  return async (request: NextRequest, context: C): Promise<NextResponse> => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(error);
      return problem({ title: "Internal Server Error", status: 500, detail: "Something went wrong on our side." });
    }
  };
}
