// API tokens are random secrets shown once; only their SHA-256 is stored, which is enough for
// 256-bit random values (no need for a slow password hash) and allows an indexed lookup.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "amb_";

export interface IssuedToken {
  token: string;
  tokenHash: string;
  prefix: string;
}

export function issueApiToken(): IssuedToken {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20;
}
