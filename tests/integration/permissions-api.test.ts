// The permission matrix as the server applies it: real tokens for every role against real route
// handlers and a real database.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getMe } from "@/app/api/v1/me/route";
import { GET as getUsers } from "@/app/api/v1/users/route";
import { GET as getHealth } from "@/app/api/v1/health/route";
import { PERMISSIONS, ROLES, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { makeApiToken, makeUser } from "../factories";

const request = (path: string, token?: string) => new NextRequest(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("API authorisation from the one permission matrix", () => {
  it.each(ROLES)("%s: /me reports exactly the matrix's permissions", async (role) => {
    const user = await makeUser({ role });
    const response = await getMe(request("/api/v1/me", await makeApiToken(user.id)), {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { role: string; permissions: string[] };
    expect(body.role).toBe(role);
    expect(body.permissions).toEqual(PERMISSIONS.filter((p) => can({ id: user.id, role }, p)));
  });

  it.each(ROLES)("%s: the admin-only user list answers 200 or a 403 problem", async (role) => {
    const user = await makeUser({ role });
    const response = await getUsers(request("/api/v1/users", await makeApiToken(user.id)), {});
    if (role === "admin") {
      expect(response.status).toBe(200);
    } else {
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 403, title: "Forbidden" });
    }
  });

  it("answers 401 without a token, with an unknown token, a revoked one, or for a deactivated user", async () => {
    const user = await makeUser({ role: "admin" });
    const revoked = await makeApiToken(user.id);
    await db().apiToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const inactive = await makeUser({ role: "admin", active: false });
    const cases = [undefined, "amb_unknownunknownunknownunknown", revoked, await makeApiToken(inactive.id)];
    for (const token of cases) {
      const response = await getMe(request("/api/v1/me", token), {});
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("no shared cache may keep what a signed-in caller is shown", async () => {
    const admin = await makeUser({ role: "admin" });
    const token = await makeApiToken(admin.id);
    for (const response of [await getMe(request("/api/v1/me", token), {}), await getUsers(request("/api/v1/users", token), {})]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("health answers ok while the database answers", async () => {
    const response = await getHealth(new NextRequest("http://localhost/api/v1/health"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("cross-site writes", () => {
  it("refuses a cookie-borne write from another site before looking at credentials, but not a token call", async () => {
    const { POST } = await import("@/app/api/v1/kpis/[code]/readings/route");
    const context = { params: Promise.resolve({ code: "ANY" }) };
    const fromElsewhere = new NextRequest("http://localhost/api/v1/kpis/ANY/readings", {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site", cookie: "authjs.session-token=x" },
      body: "{}",
    });
    const refused = await POST(fromElsewhere, context);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ detail: expect.stringContaining("another site") });

    const user = await makeUser({ role: "viewer" });
    const withToken = new NextRequest("http://localhost/api/v1/kpis/ANY/readings", {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site", authorization: `Bearer ${await makeApiToken(user.id)}` },
      body: "{}",
    });
    expect((await POST(withToken, context)).status).toBe(403);
    expect(await (await POST(withToken, context)).json()).toMatchObject({ detail: expect.not.stringContaining("another site") });
  });
});
