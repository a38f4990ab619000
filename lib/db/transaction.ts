// One transaction per use case: services pass `Tx` to the queries that make up their write.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  timeoutMs?: number;
  maxWaitMs?: number;
}

export function inTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return db().$transaction(work, {
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    ...(options.maxWaitMs ? { maxWait: options.maxWaitMs } : {}),
  });
}

/**
 * A write lost a race on a unique index. ORM calls report Postgres' 23505 as P2002; raw statements
 * as P2010 with the original code inside.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  if (error.code === "P2002") return true;
  return error.code === "P2010" && "meta" in error && JSON.stringify(error.meta ?? {}).includes("23505");
}
