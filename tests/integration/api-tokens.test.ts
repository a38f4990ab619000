// API tokens in a user's settings: issued once in clear, stored hashed, listed, revoked — with
// the revocation taking effect on the API at once and every change in the audit log.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getMe } from "@/app/api/v1/me/route";
import { hashApiToken } from "@/lib/auth/api-token";
import type { Actor } from "@/lib/auth/permissions";
import { listApiTokens } from "@/lib/db/api-tokens";
import { db } from "@/lib/db/client";
import { issueToken, revokeToken } from "@/lib/services/api-tokens";
import { makeUser } from "../factories";
import { outcome, valueOf } from "./results";

const me = (token: string) => getMe(new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }), {});
const issueOwnApiToken = async (actor: Actor, name: string) => valueOf(await issueToken(actor, { name }));
const revokeApiToken = (actor: Actor, tokenId: number) => revokeToken(actor, { tokenId });

describe("API tokens in settings", () => {
  it("issues a token shown once: only its hash and prefix are stored", async () => {
    const user = await makeUser({ role: "process_owner" });
    const issued = await issueOwnApiToken(user, "CI pipeline");
    expect(issued.token).toMatch(/^amb_/);
    expect(issued.token.startsWith(issued.prefix)).toBe(true);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(hashApiToken(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    // The list never hands the hash (or the token) back.
    const listed = await listApiTokens(user.id);
    expect(listed).toEqual([expect.objectContaining({ id: issued.id, name: "CI pipeline", prefix: issued.prefix, revokedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it("acts with the user's role and lists only the user's own tokens, newest first", async () => {
    const user = await makeUser({ role: "board_member" });
    const other = await makeUser();
    const first = await issueOwnApiToken(user, "first");
    const second = await issueOwnApiToken(user, "second");
    await issueOwnApiToken(other, "not mine");
    expect((await listApiTokens(user.id)).map((t) => t.id)).toEqual([second.id, first.id]);
    const response = await me(first.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: user.id, role: "board_member" });
    expect((await listApiTokens(user.id)).find((t) => t.id === first.id)?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("a revoked token gets 401 from the API; revoking twice is refused", async () => {
    const user = await makeUser({ role: "viewer" });
    const issued = await issueOwnApiToken(user, "laptop");
    expect((await me(issued.token)).status).toBe(200);
    expect(valueOf(await revokeApiToken(user, issued.id))).toEqual({ name: "laptop" });
    const response = await me(issued.token);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await listApiTokens(user.id))[0]?.revokedAt).toBeInstanceOf(Date);
    expect(outcome(await revokeApiToken(user, issued.id))).toBe("not-found");
  });

  it("another user cannot revoke it; an admin can", async () => {
    const owner = await makeUser({ role: "process_owner" });
    const issued = await issueOwnApiToken(owner, "script");
    const intruder = await makeUser({ role: "executive" });
    expect(outcome(await revokeApiToken(intruder, issued.id))).toBe("forbidden");
    expect((await me(issued.token)).status).toBe(200);
    expect(valueOf(await revokeApiToken(await makeUser({ role: "admin" }), issued.id))).toEqual({ name: "script" });
    expect(outcome(await revokeApiToken(owner, 2_000_000_000))).toBe("not-found");
  });

  it("writes audit events for create and revoke, never with the token or its hash", async () => {
    const user = await makeUser({ role: "process_owner" });
    const issued = await issueOwnApiToken(user, "reports");
    await revokeApiToken(user, issued.id);
    const events = await db().auditEvent.findMany({ where: { entityType: "ApiToken", entityId: String(issued.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["token.create", user.id],
      ["token.revoke", user.id],
    ]);
    expect(events[1]).toMatchObject({ before: { name: "reports", revokedAt: null }, after: { name: "reports", revokedAt: expect.any(String) } });
    const logged = JSON.stringify(events);
    expect(logged).not.toContain(issued.token);
    expect(logged).not.toContain(hashApiToken(issued.token));
  });
});
