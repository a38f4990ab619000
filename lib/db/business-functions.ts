import { db } from "./client";
import type { Tx } from "./transaction";
import { PROFILE_FIELDS } from "./demand-profiles";

/** Functions with the demand profile in force on `day` (the latest that took effect by then). */
export async function listFunctionsWithProfile(day: Date) {
  const functions = await db().businessFunction.findMany({
    orderBy: [{ valueChain: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      valueChain: { select: { name: true } },
      profiles: {
        where: { effectiveFrom: { lte: day } },
        orderBy: { effectiveFrom: "desc" },
        take: 1,
        select: {
          effectiveFrom: true,
          controlFlexibility: true,
          riskTolerance: true,
          availabilityNeed: true,
          changeCadence: true,
          targetExploreShare: true,
        },
      },
      // Live KPIs only, as the scorecards and the Set-up pages count them.
      _count: { select: { priorities: true, kpis: { where: { archivedAt: null } }, profiles: true } },
    },
  });
  return functions.map(({ profiles, ...fn }) => ({ ...fn, profile: profiles[0] ?? null }));
}

/** One function with its whole demand-profile history (newest first) and its priorities. */
export async function getBusinessFunctionDetail(code: string) {
  return db().businessFunction.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      valueChain: { select: { name: true } },
      profiles: { orderBy: { effectiveFrom: "desc" }, select: PROFILE_FIELDS },
      priorities: { orderBy: { weight: "desc" }, select: { id: true, code: true, title: true, description: true, weight: true, startsOn: true, endsOn: true } },
    },
  });
}

/** Codes and names only, for pickers. */
export function listFunctionNames() {
  return db().businessFunction.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } });
}

/** A function as Set-up and the API show it: whether a profile is in force on `day`, and what hangs off it. */
function functionFields(day: Date) {
  return {
    id: true,
    code: true,
    name: true,
    description: true,
    version: true,
    valueChain: { select: { code: true, name: true } },
    profiles: { where: { effectiveFrom: { lte: day } }, take: 1, select: { id: true } },
    _count: { select: { kpis: { where: { archivedAt: null } }, priorities: true } },
  } as const;
}

export function listBusinessFunctions(day: Date, filter: { valueChain?: string } = {}) {
  return db().businessFunction.findMany({
    where: filter.valueChain ? { valueChain: { code: filter.valueChain } } : {},
    orderBy: [{ valueChain: { name: "asc" } }, { name: "asc" }],
    select: functionFields(day),
  });
}

export function findBusinessFunction(code: string, day: Date, tx: Tx = db()) {
  return tx.businessFunction.findUnique({ where: { code }, select: functionFields(day) });
}

export type BusinessFunctionRow = NonNullable<Awaited<ReturnType<typeof findBusinessFunction>>>;

export async function createBusinessFunction(tx: Tx, fn: { code: string; name: string; description: string; valueChainId: number }, day: Date) {
  return tx.businessFunction.create({ data: fn, select: functionFields(day) });
}

/** Writes the changes only while the function is still at `version`; false when someone else saved first. */
export async function updateBusinessFunctionAtVersion(
  tx: Tx,
  id: number,
  version: number,
  changes: { name?: string; description?: string; valueChainId?: number },
): Promise<boolean> {
  const written = await tx.businessFunction.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return written.count === 1;
}

/** What refers to a function, archived KPIs and ended priorities included: any of it is history. */
export async function functionReferences(tx: Tx, id: number) {
  const counts = await tx.businessFunction.findUnique({
    where: { id },
    select: { _count: { select: { kpis: true, priorities: true, profiles: true } } },
  });
  return counts?._count ?? { kpis: 0, priorities: 0, profiles: 0 };
}

/** Deletes the function only while it is still at `version` and nothing refers to it; false otherwise. */
export async function deleteUnusedFunctionAtVersion(tx: Tx, id: number, version: number): Promise<boolean> {
  const deleted = await tx.businessFunction.deleteMany({
    where: { id, version, kpis: { none: {} }, priorities: { none: {} }, profiles: { none: {} } },
  });
  return deleted.count > 0;
}
