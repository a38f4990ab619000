// One transaction per use case: services pass `Tx` to the queries that make up their write. A use
// case run inside another's transaction (the catalogue import runs many) joins it in a savepoint,
// so a refused one undoes only its own writes and the outer one decides whether all of it stays.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  timeoutMs?: number;
  maxWaitMs?: number;
}

const open = new AsyncLocalStorage<{ tx: Tx; savepoints: number }>();

export function inTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const outer = open.getStore();
  if (outer) return inSavepoint(outer, work);
  return db().$transaction((tx) => open.run({ tx, savepoints: 0 }, () => work(tx)), {
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    ...(options.maxWaitMs ? { maxWait: options.maxWaitMs } : {}),
  });
}

async function inSavepoint<T>(outer: { tx: Tx; savepoints: number }, work: (tx: Tx) => Promise<T>): Promise<T> {
  // A name from a counter, never from input: savepoint names cannot be bound as parameters.
  const name = `nested_${++outer.savepoints}`;
  await outer.tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const result = await work(outer.tx);
    await outer.tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    // If the transaction itself is gone (say, timed out), the rollback fails too: report why it went.
    await outer.tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
    throw error;
  }
}
