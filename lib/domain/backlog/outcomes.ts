// Outcomes: did the initiatives move their KPIs, and which ones are spinning without movement
// (docs/prioritisation.md § Benefit realisation, § Capability trap).
import { axisOf, newestFirst } from "../scoring/axis";
import { kpiScore } from "../scoring/score";
import type { KpiDefinition, ScoringSnapshot } from "../scoring/types";
import type { InitiativeForScoring } from "./types";

/** In progress longer than this without movement is a capability trap. */
export const TRAP_THRESHOLD_DAYS = 120;
/** A KPI has "improved" once it has moved this share of the expected improvement … */
export const IMPROVED_SHARE = 0.25;
/** … or its score has risen by at least this much. */
export const IMPROVED_SCORE_DELTA = 0.5;

const DAY_MS = 86_400_000;

export interface KpiOutcome {
  kpi: KpiDefinition;
  baselineValue: number | null;
  baselineScore: number | null;
  latestValue: number | null;
  latestScore: number | null;
  /** Movement since the baseline in the KPI's unit, positive = better; null without both values. */
  change: number | null;
  expectedImprovement: number;
  /** Whether the change reached the expected improvement; null without both values. */
  reached: boolean | null;
  /** Moved at least IMPROVED_SHARE of the expected improvement, or the score rose by IMPROVED_SCORE_DELTA. */
  improved: boolean;
}

export interface BenefitRealisation {
  code: string;
  status: InitiativeForScoring["status"];
  kpis: KpiOutcome[];
  /** Every linked KPI reached its expected improvement (false without linked KPIs). */
  allReached: boolean;
  /** Done, yet none of its KPIs improved: the benefit did not materialise. */
  flagged: boolean;
}

export type InitiativeOutcomeInput = Pick<InitiativeForScoring, "code" | "status" | "kpis">;

export function benefitRealisation(initiative: InitiativeOutcomeInput, snapshot: ScoringSnapshot): BenefitRealisation {
  const byId = new Map(snapshot.kpis.map((kpi) => [kpi.id, kpi]));
  // A link to a KPI missing from the snapshot has nothing to measure; it is left out, not guessed.
  const kpis = initiative.kpis.flatMap((link) => {
    const kpi = byId.get(link.kpiId);
    return kpi ? [kpiOutcome(kpi, link, snapshot)] : [];
  });
  return {
    code: initiative.code,
    status: initiative.status,
    kpis,
    allReached: kpis.length > 0 && kpis.every((k) => k.reached === true),
    flagged: initiative.status === "done" && !kpis.some((k) => k.improved),
  };
}

function kpiOutcome(kpi: KpiDefinition, link: InitiativeForScoring["kpis"][number], snapshot: ScoringSnapshot): KpiOutcome {
  const latestValue = newestFirst(snapshot.readings.get(kpi.id) ?? [])[0]?.value ?? null;
  const { baselineValue, expectedImprovement } = link;
  const baselineScore = baselineValue === null ? null : kpiScore(kpi, baselineValue);
  const latestScore = latestValue === null ? null : kpiScore(kpi, latestValue);
  const change = baselineValue === null || latestValue === null ? null : betterward(kpi, baselineValue, latestValue);
  const scoreDelta = baselineScore === null || latestScore === null ? null : latestScore - baselineScore;
  return {
    kpi,
    baselineValue,
    baselineScore,
    latestValue,
    latestScore,
    change,
    expectedImprovement,
    reached: change === null ? null : change >= expectedImprovement,
    improved: isImproved(change, scoreDelta, expectedImprovement),
  };
}

/** Movement from `from` to `to` in the KPI's better direction (band: how much closer to the band). */
export function betterward(kpi: KpiDefinition, from: number, to: number): number {
  const axis = axisOf(kpi);
  return axis.better * (axis.position(to) - axis.position(from));
}

/**
 * Some real movement: a positive change of at least a quarter of what was promised, or a visible
 * rise in score (which also catches an initiative that promised too little to measure). No
 * evidence counts as no movement: that is exactly what the capability trap is about.
 */
export function isImproved(change: number | null, scoreDelta: number | null, expected: number): boolean {
  const byShare = change !== null && change > 0 && change >= IMPROVED_SHARE * expected;
  const byScore = scoreDelta !== null && scoreDelta >= IMPROVED_SCORE_DELTA;
  return byShare || byScore;
}

export interface CapabilityTrap {
  code: string;
  daysInProgress: number;
  kpis: KpiOutcome[];
}

export type TrapInput = InitiativeOutcomeInput & Pick<InitiativeForScoring, "startedAt">;

/** In progress for more than `thresholdDays` at as-of and not one linked KPI improved; longest first. */
export function capabilityTraps(initiatives: readonly TrapInput[], snapshot: ScoringSnapshot, thresholdDays: number = TRAP_THRESHOLD_DAYS): CapabilityTrap[] {
  return initiatives
    .flatMap((initiative) => {
      if (initiative.status !== "in_progress" || initiative.startedAt === null) return [];
      const daysInProgress = Math.floor((snapshot.asOf.getTime() - initiative.startedAt.getTime()) / DAY_MS);
      if (daysInProgress <= thresholdDays) return [];
      const { kpis } = benefitRealisation(initiative, snapshot);
      if (kpis.some((k) => k.improved)) return [];
      return [{ code: initiative.code, daysInProgress, kpis }];
    })
    .sort((a, b) => b.daysInProgress - a.daysInProgress || a.code.localeCompare(b.code));
}
