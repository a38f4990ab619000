// Every 4xx of the API, on every route, is one kind of document: RFC 9457 problem+json whose
// `errors` (when present) are {path, message} and nothing else. The routes are found on disk, so
// a new one is held to this the day it is added.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeUser } from "../factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return routeFiles(relative);
    return name === "route.ts" ? [relative] : [];
  });
}

/** The URL path a route file serves, its dynamic segments filled with values that name nothing. */
function urlOf(file: string, fill: string): { url: string; params: Record<string, string> } {
  const segments = file
    .replace(/^app\//, "")
    .replace(/\/route\.ts$/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s));
  const params: Record<string, string> = {};
  const url = segments
    .map((segment) => {
      const name = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment)?.[1];
      if (!name) return segment;
      params[name] = fill;
      return encodeURIComponent(fill);
    })
    .join("/");
  return { url: `/${url}`, params };
}

const FILES = routeFiles("app").filter((file) => !file.startsWith("app/api/auth/"));
const BAD_QUERY = "?asOf=2026-02-30&status=maybe&limit=abc&dryRun=maybe&includeHistory=maybe&progress=x&from=soon&businessFunction=";
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  for (const role of ["admin", "viewer", "process_owner"] as const) tokens[role] = await makeApiToken((await makeUser({ role })).id);
});

async function expectProblemShape(response: Response) {
  if (response.status < 400 || response.status >= 500) return;
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = problemSchema.parse(await response.json());
  expect(body.status).toBe(response.status);
  if (response.status === 422) expect(body.errors?.length).toBeGreaterThan(0);
}

describe.each(FILES)("%s", (file) => {
  it("answers every 4xx as a problem document with errors of the one shape", async () => {
    const routeModule = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Partial<
      Record<(typeof METHODS)[number], (request: NextRequest, context?: { params: Promise<Record<string, string>> }) => Promise<Response>>
    >;
    const handlers = METHODS.flatMap((method) => (routeModule[method] ? [[method, routeModule[method]] as const] : []));
    expect(handlers.length).toBeGreaterThan(0);
    let fourXx = 0;
    for (const [method, handler] of handlers) {
      for (const fill of ["NO-SUCH", "bad code", "%E0%A4%A", "0"]) {
        const { url, params } = urlOf(file, fill);
        const bodies =
          method === "GET" || method === "DELETE" ? [undefined] : ["not json", "[1]", "{}", JSON.stringify({ version: "x", title: "a\u0000b", value: "lots" })];
        for (const token of [undefined, tokens.viewer, tokens.process_owner, tokens.admin]) {
          for (const body of bodies) {
            for (const query of ["", BAD_QUERY]) {
              const request = new NextRequest(`http://localhost${url}${query}`, {
                method,
                body,
                headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
              });
              const response = await handler(request, { params: Promise.resolve(params) });
              expect(response.status, `${method} ${url}${query}`).toBeLessThan(500);
              // 401s for the anonymous calls are certain; what counts is refusing a signed-in caller.
              if (token && response.status >= 400) fourXx += 1;
              await expectProblemShape(response);
            }
          }
        }
      }
    }
    // Public routes, and those any signed-in role may call with no input (who am I, the catalogue
    // download), may answer every signed-in call; every other route must refuse some of them.
    if (!/health|openapi|v1\/me\/|v1\/catalogue\/(?:route|export|schema)/.test(file)) expect(fourXx).toBeGreaterThan(0);
  });
});
