import { db } from "./client";
import { recordAudit } from "./audit";
import type { Tx } from "./transaction";

interface NewToken {
  userId: number;
  name: string;
  tokenHash: string;
  prefix: string;
}

/** Stores a token (its hash only) with its audit event. */
export async function createApiToken(tx: Tx, input: NewToken, actorId: number | null): Promise<{ id: number }> {
  const token = await tx.apiToken.create({ data: input, select: { id: true } });
  await recordAudit(tx, {
    actorId,
    action: "token.create",
    entityType: "ApiToken",
    entityId: String(token.id),
    after: { userId: input.userId, name: input.name, prefix: input.prefix },
  });
  return token;
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

export function findApiToken(tx: Tx, id: number) {
  return tx.apiToken.findUnique({ where: { id }, select: { id: true, userId: true, name: true, prefix: true, revokedAt: true } });
}

/** Revokes a live token with its audit event; false when it was already revoked (a double submit). */
export async function revokeLiveToken(tx: Tx, actorId: number, token: { id: number; userId: number; name: string; prefix: string }): Promise<boolean> {
  const revokedAt = new Date();
  const updated = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
  if (updated.count === 0) return false;
  const { userId, name, prefix } = token;
  await recordAudit(tx, {
    actorId,
    action: "token.revoke",
    entityType: "ApiToken",
    entityId: String(token.id),
    before: { userId, name, prefix, revokedAt: null },
    after: { userId, name, prefix, revokedAt: revokedAt.toISOString() },
  });
  return true;
}
