import { isUniqueViolation } from "@/lib/db/errors";
import { refuse, type Refusal, type Result } from "@/lib/refusal";

/**
 * Runs a create whose code must be new. The service checks first for a clear message; this catches
 * the race where two people create the same code at once, which the unique index decides.
 */
export async function createUnlessTaken<T>(taken: Refusal, create: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(taken);
    throw error;
  }
}

/** The refusal for a stale version, worded the same for everything edited with optimistic concurrency. */
export function changedMeanwhile(what: string): Refusal {
  return {
    kind: "conflict",
    message: `${what} was changed by someone else after you opened it. Nothing was saved: reload to see their change, then edit again.`,
  };
}
