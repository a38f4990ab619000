import { db } from "./client";
import type { Tx } from "./transaction";

const PRIORITY_FIELDS = {
  id: true,
  code: true,
  title: true,
  description: true,
  weight: true,
  startsOn: true,
  endsOn: true,
  version: true,
  businessFunction: { select: { code: true, name: true } },
  // Live KPIs only, as every scorecard and the checklist count them.
  _count: { select: { kpis: { where: { archivedAt: null } } } },
} as const;

/** Firm-wide priorities first, then per function; heaviest first within each. */
export function listPriorities(filter: { businessFunction?: string } = {}) {
  return db().businessPriority.findMany({
    where: filter.businessFunction ? { businessFunction: { code: filter.businessFunction } } : {},
    orderBy: [{ businessFunctionId: { sort: "asc", nulls: "first" } }, { weight: "desc" }, { code: "asc" }],
    select: PRIORITY_FIELDS,
  });
}

export function findPriority(code: string, tx: Tx = db()) {
  return tx.businessPriority.findUnique({ where: { code }, select: PRIORITY_FIELDS });
}

export type PriorityRow = NonNullable<Awaited<ReturnType<typeof findPriority>>>;

export interface NewPriority {
  code: string;
  title: string;
  description: string;
  businessFunctionId: number | null;
  weight: number;
  startsOn: Date;
  endsOn: Date | null;
}

export function createPriority(tx: Tx, priority: NewPriority) {
  return tx.businessPriority.create({ data: priority, select: PRIORITY_FIELDS });
}

export interface PriorityChanges {
  title?: string;
  description?: string;
  weight?: number;
  startsOn?: Date;
  endsOn?: Date | null;
}

/** Writes the changes only while the priority is still at `version`; false when someone else saved first. */
export async function updatePriorityAtVersion(tx: Tx, id: number, version: number, changes: PriorityChanges): Promise<boolean> {
  const written = await tx.businessPriority.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return written.count === 1;
}
