import { db } from "./client";

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
