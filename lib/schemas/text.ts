import { z } from "zod";

/** PostgreSQL text cannot hold the NUL character; refusing it here keeps it a user error, not a 500. */
export const NO_NUL_MESSAGE = "must not contain the NUL character";

export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}

/** A string that can be stored: every free-text input starts from this rather than z.string(). */
export function text(field = "Text") {
  return z.string().refine((value) => !hasNul(value), `${field} ${NO_NUL_MESSAGE}`);
}

/** Database ids and version counters are 32-bit; a bigger number cannot name a row. */
export const INT4_MAX = 2_147_483_647;
