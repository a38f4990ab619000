// Personal API tokens: issued to oneself (the clear token is shown once; only its hash is stored)
// and revoked by their owner or an administrator.
import { issueApiToken } from "@/lib/auth/api-token";
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { createApiToken, findApiToken, revokeLiveToken } from "@/lib/db/api-tokens";
import { notFound, ok, refuse, type Result } from "@/lib/refusal";
import { parseWith } from "@/lib/schemas/problems";
import { apiTokenCreateSchema, apiTokenRevokeSchema } from "@/lib/schemas/user";
import { transactionally } from "./transaction";

const mayNot = () => refuse(notPermitted("token:manage"));
const gone = () => refuse(notFound("That token no longer exists or is already revoked."));

/** `input` is {name}; the token goes to `owner` — the acting user, or anyone when the command line issues it. */
export async function issueToken(
  actor: Actor | "command-line",
  input: unknown,
  owner: { id: number } | null = null,
): Promise<Result<{ id: number; token: string; prefix: string; name: string }>> {
  const userId = actor === "command-line" ? owner?.id : actor.id;
  if (userId === undefined || (actor !== "command-line" && !can(actor, "token:manage", { ownerId: userId }))) return mayNot();
  const parsed = parseWith(apiTokenCreateSchema, input);
  if (!parsed.ok) return parsed;
  const issued = issueApiToken();
  const { name } = parsed.value;
  return transactionally(async (tx) => {
    const { id } = await createApiToken(tx, { userId, name, tokenHash: issued.tokenHash, prefix: issued.prefix }, actor === "command-line" ? null : actor.id);
    return ok({ id, token: issued.token, prefix: issued.prefix, name });
  });
}

/** `input` is {tokenId}; the revocation and its audit event commit together. */
export async function revokeToken(actor: Actor, input: unknown): Promise<Result<{ name: string }>> {
  if (!can(actor, "token:manage")) return mayNot();
  const parsed = parseWith(apiTokenRevokeSchema, input);
  if (!parsed.ok) return parsed;
  return transactionally(async (tx) => {
    const token = await findApiToken(tx, parsed.value.tokenId);
    if (!token || token.revokedAt) return gone();
    if (!can(actor, "token:manage", { ownerId: token.userId })) return mayNot();
    return (await revokeLiveToken(tx, actor.id, token)) ? ok({ name: token.name }) : gone();
  });
}
