import { db } from "./client";
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
      _count: { select: { priorities: true, kpis: true, profiles: true } },
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
