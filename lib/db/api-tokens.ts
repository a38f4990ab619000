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
