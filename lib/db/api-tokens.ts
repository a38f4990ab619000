import { issueApiToken } from "@/lib/auth/api-token";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "./client";
import { recordAudit } from "./audit";

interface NewToken {
  userId: number;
  name: string;
  tokenHash: string;
  prefix: string;
}

export async function createApiToken(input: NewToken, actorId: number | null): Promise<{ id: number }> {
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.create({ data: input, select: { id: true } });
    await recordAudit(tx, {
      actorId,
      action: "token.create",
      entityType: "ApiToken",
      entityId: String(token.id),
      after: { userId: input.userId, name: input.name, prefix: input.prefix },
    });
    return token;
  });
}

/** The user behind a live token, or null. Also notes when the token was last used. */
export async function findUserByApiTokenHash(tokenHash: string) {
  const token = await db().apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !token.user.active) return null;
  await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  return token.user;
}

/** A user's own tokens, newest first; never the hash. */
export function listApiTokens(userId: number) {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/**
 * Issues a token to the acting user. The clear token is returned to be shown exactly once; only
 * its hash reaches the database.
 */
export async function issueOwnApiToken(actor: Actor, name: string): Promise<{ id: number; token: string; prefix: string }> {
  assertCan(actor, "token:manage", { ownerId: actor.id });
  const issued = issueApiToken();
  const { id } = await createApiToken({ userId: actor.id, name, tokenHash: issued.tokenHash, prefix: issued.prefix }, actor.id);
  return { id, token: issued.token, prefix: issued.prefix };
}

export class ApiTokenNotFoundError extends Error {
  constructor() {
    super("That token no longer exists or is already revoked.");
    this.name = "ApiTokenNotFoundError";
  }
}

/** Revokes a token its owner (or an admin) names; the revocation and its audit event commit together. */
export async function revokeApiToken(actor: Actor, tokenId: number): Promise<{ name: string }> {
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, userId: true, name: true, prefix: true, revokedAt: true } });
    if (!token) throw new ApiTokenNotFoundError();
    assertCan(actor, "token:manage", { ownerId: token.userId });
    const revokedAt = new Date();
    // Guarded on revokedAt so a double submit cannot revoke (and audit) twice.
    const updated = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (updated.count === 0) throw new ApiTokenNotFoundError();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.revoke",
      entityType: "ApiToken",
      entityId: String(token.id),
      before: { userId: token.userId, name: token.name, prefix: token.prefix, revokedAt: null },
      after: { userId: token.userId, name: token.name, prefix: token.prefix, revokedAt: revokedAt.toISOString() },
    });
    return { name: token.name };
  });
}
