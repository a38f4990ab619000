// Coordination mechanisms with the customer network: the list, one by code, and the writes their
// create and edit (lib/services/coordination.ts) make.
import type { CoordinationKind } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import type { Tx } from "./transaction";

export const COORDINATION_ROW = {
  id: true,
  code: true,
  name: true,
  kind: true,
  purpose: true,
  cadence: true,
  participants: true,
  archivedAt: true,
  version: true,
  process: { select: { id: true, code: true, name: true, ownerId: true } },
  lead: { select: { id: true, name: true, email: true, active: true } },
} satisfies Prisma.CoordinationMechanismSelect;

export function listCoordination(filter: { archived: boolean; process?: string | undefined }) {
  return db().coordinationMechanism.findMany({
    where: { archivedAt: filter.archived ? { not: null } : null, ...(filter.process ? { process: { code: filter.process } } : {}) },
    orderBy: { code: "asc" },
    select: COORDINATION_ROW,
  });
}

export function getCoordination(code: string, tx: Tx = db()) {
  return tx.coordinationMechanism.findUnique({ where: { code }, select: COORDINATION_ROW });
}
export type CoordinationRow = NonNullable<Awaited<ReturnType<typeof getCoordination>>>;

export function coordinationCodeTaken(tx: Tx, code: string): Promise<boolean> {
  return tx.coordinationMechanism.count({ where: { code } }).then((n) => n > 0);
}

export interface CoordinationFields {
  name: string;
  kind: CoordinationKind;
  purpose: string;
  cadence: string;
  participants: string[];
  processId: number;
  leadId: number | null;
}

export function createCoordination(tx: Tx, mechanism: CoordinationFields & { code: string }) {
  return tx.coordinationMechanism.create({ data: mechanism, select: { id: true } });
}

/** Writes the changes and bumps the version only while it is still `version`: a concurrent save loses (false). */
export async function updateCoordinationAtVersion(
  tx: Tx,
  id: number,
  version: number,
  changes: Partial<CoordinationFields> & { archivedAt?: Date | null },
): Promise<boolean> {
  const bumped = await tx.coordinationMechanism.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return bumped.count > 0;
}
