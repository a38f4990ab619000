import { db } from "./client";
import type { Tx } from "./transaction";

const VALUE_CHAIN_FIELDS = {
  id: true,
  code: true,
  name: true,
  description: true,
  version: true,
  functions: { orderBy: { name: "asc" }, select: { code: true } },
} as const;

export function listValueChains() {
  return db().valueChain.findMany({ orderBy: { name: "asc" }, select: VALUE_CHAIN_FIELDS });
}

export function findValueChain(code: string, tx: Tx = db()) {
  return tx.valueChain.findUnique({ where: { code }, select: VALUE_CHAIN_FIELDS });
}

export type ValueChainRow = NonNullable<Awaited<ReturnType<typeof findValueChain>>>;

export function createValueChain(tx: Tx, chain: { code: string; name: string; description: string }) {
  return tx.valueChain.create({ data: chain, select: VALUE_CHAIN_FIELDS });
}

/** Writes the changes only while the chain is still at `version`; false when someone else saved first. */
export async function updateValueChainAtVersion(tx: Tx, id: number, version: number, changes: { name?: string; description?: string }): Promise<boolean> {
  const written = await tx.valueChain.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return written.count === 1;
}

export function countValueChains(): Promise<number> {
  return db().valueChain.count();
}

/** Deletes the chain only while it is still at `version` and has no business function; false otherwise. */
export async function deleteEmptyValueChainAtVersion(tx: Tx, id: number, version: number): Promise<boolean> {
  const deleted = await tx.valueChain.deleteMany({ where: { id, version, functions: { none: {} } } });
  return deleted.count > 0;
}
