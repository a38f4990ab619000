// An optimistic check only: visitors without a session cookie go to sign-in before a page
// renders. The real checks (session validity, role, ownership) run in every page, action and
// route handler, so this file is never the line of defence.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = "";
  const wanted = request.nextUrl.pathname + request.nextUrl.search;
  if (wanted !== "/") url.searchParams.set("callbackUrl", wanted);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: the API answers 401 itself, and static assets need no session.
  matcher: ["/((?!api|login|_next/static|_next/image|favicon.ico).*)"],
};
