// What a database failure means, read from Prisma's error codes, so the layers above can answer a
// lost race or an outage in words instead of a 500.

/**
 * A write lost a race on a unique index. ORM calls report Postgres' 23505 as P2002; raw statements
 * as P2010 with the original code inside.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  if (error.code === "P2002") return true;
  return error.code === "P2010" && "meta" in error && JSON.stringify(error.meta ?? {}).includes("23505");
}

/** Codes for "the database is not there": cannot reach, timed out reaching, closed the connection. */
const UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017"]);

/** The database is down or unreachable (not a bug of ours): the caller may try again later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && UNREACHABLE.has(error.code);
}
