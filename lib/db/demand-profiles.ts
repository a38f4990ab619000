import type { AvailabilityNeed, ChangeCadence, RiskTolerance } from "@/lib/generated/prisma/client";
import { db } from "./client";
import type { Tx } from "./transaction";

/** A profile as reads show it, with who recorded it. */
export const PROFILE_FIELDS = {
  id: true,
  effectiveFrom: true,
  controlFlexibility: true,
  riskTolerance: true,
  availabilityNeed: true,
  changeCadence: true,
  users: true,
  transactionsPerDay: true,
  peakTimes: true,
  targetExploreShare: true,
  rationale: true,
  recordedAt: true,
  recordedBy: { select: { name: true, email: true } },
} as const;

export interface NewDemandProfile {
  businessFunctionId: number;
  effectiveFrom: Date;
  controlFlexibility: number;
  riskTolerance: RiskTolerance;
  availabilityNeed: AvailabilityNeed;
  changeCadence: ChangeCadence;
  users: number;
  transactionsPerDay: number;
  peakTimes: string;
  targetExploreShare: number;
  rationale: string;
  recordedById: number;
}

/**
 * The function and the first days of its profiles, its row locked so two people recording a
 * profile at once are decided one after the other against the same history.
 */
export async function lockFunctionProfileStarts(tx: Tx, code: string): Promise<{ id: number; code: string; starts: Date[] } | null> {
  const [fn] = await tx.$queryRaw<{ id: number; code: string }[]>`SELECT id, code FROM "BusinessFunction" WHERE code = ${code} FOR UPDATE`;
  if (!fn) return null;
  const profiles = await tx.demandProfile.findMany({ where: { businessFunctionId: fn.id }, select: { effectiveFrom: true } });
  return { ...fn, starts: profiles.map((profile) => profile.effectiveFrom) };
}

export function createDemandProfile(tx: Tx, profile: NewDemandProfile) {
  return tx.demandProfile.create({ data: profile, select: PROFILE_FIELDS });
}

/** A function's profiles, oldest first; null when there is no such function. */
export async function listDemandProfiles(code: string) {
  const fn = await db().businessFunction.findUnique({
    where: { code },
    select: { code: true, profiles: { orderBy: { effectiveFrom: "asc" }, select: PROFILE_FIELDS } },
  });
  return fn;
}

export type DemandProfileRow = Awaited<ReturnType<typeof createDemandProfile>>;
