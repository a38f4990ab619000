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
