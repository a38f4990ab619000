import { z } from "zod";

/**
 * A catalogue code (KPI, business function…) as it may appear in a URL. Anything else cannot name
 * a record, so callers answer 404 without asking the database (which would, for example, refuse a
 * NUL character with an error rather than a miss).
 */
export const codeParamSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "A code is 1–64 letters, digits, dots, dashes or underscores");

/**
 * Next hands pages their path segment still percent-encoded but route handlers a decoded one;
 * decoding is therefore tolerant of both, and of malformed escapes.
 */
export function parseCodeParam(raw: string): string | null {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const parsed = codeParamSchema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}

/** `{code}` in an API path: Next has already decoded it, so it is not decoded again (AB%2543 is not ABC). */
export const codeParamsSchema = z.object({ code: codeParamSchema });

/** The code of something being created: short, upper-case, stable (codes are how the API and files name things, so they never change). */
export const newCodeSchema = z
  .string({ error: "code is required" })
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,31}$/, "code must be 2–32 capital letters, digits or dashes, starting with a letter (for example SAL or PRI-COST)");

/** A reference to something by its code, in a body: a code that cannot exist is refused here, naming the field. */
export function codeReferenceSchema(field: string, what: string) {
  const message = `${field} must be the code of ${what}`;
  return z
    .string({ error: message })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, message);
}
