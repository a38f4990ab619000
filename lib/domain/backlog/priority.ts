// The board's priority score: weighted shortest job first (docs/prioritisation.md § Priority score).
import { TARGET_SCORE } from "../scoring/score";
import type { InitiativeForScoring, PerformanceGap, PriorityScore } from "./types";

/** Business value and the board's judgements share one scale. */
export const MIN_JUDGEMENT = 1;
export const MAX_JUDGEMENT = 10;
/**
 * The weighted gap at which business value is half-way up its scale (5.5). Priority weights are
 * shares of the firm's attention (the seeded ones add up to about 1), so one KPI scoring 0, of
 * weight 1, on a priority of weight 0.1 lands exactly there.
 */
export const HALF_VALUE_WEIGHTED_GAP = 0.1;

export type GapIndex = ReadonlyMap<number, Pick<PerformanceGap, "gapInScore" | "priorityWeight">>;

export type ScoredInitiative = Pick<InitiativeForScoring, "effortWeeks" | "timeCriticality" | "riskReduction" | "kpis">;

/** Gaps by KPI id, for priorityScore. */
export function gapIndex(gaps: readonly PerformanceGap[]): Map<number, PerformanceGap> {
  return new Map(gaps.map((gap) => [gap.kpi.id, gap]));
}

/**
 * Σ over the linked KPIs of (gapInScore ÷ 20/3) × KPI weight × priority weight. A KPI with no
 * gap adds nothing; a KPI whose weight is unknown counts with weight 1 rather than vanish.
 */
export function weightedGap(kpiIds: readonly number[], gaps: GapIndex, kpiWeights: ReadonlyMap<number, number>): number {
  return [...new Set(kpiIds)].reduce((sum, id) => {
    const gap = gaps.get(id);
    if (!gap) return sum;
    const share = Math.min(1, Math.max(0, gap.gapInScore / TARGET_SCORE));
    return sum + share * Math.max(0, kpiWeights.get(id) ?? 1) * Math.max(0, gap.priorityWeight);
  }, 0);
}

/**
 * 1 + 9 · W / (W + H): 1 with no gap, rising with every bit of weighted gap W, never reaching 10.
 * Saturating rather than linear so one huge gap cannot drown the board's own judgements.
 */
export function businessValue(weighted: number, halfValue: number = HALF_VALUE_WEIGHTED_GAP): number {
  if (!(weighted > 0)) return MIN_JUDGEMENT;
  if (!Number.isFinite(weighted)) return MAX_JUDGEMENT;
  // Written as 1 − H/(W + H) because each step is then monotonic in floating point too.
  return MIN_JUDGEMENT + (MAX_JUDGEMENT - MIN_JUDGEMENT) * (1 - halfValue / (weighted + halfValue));
}

function judgement(value: number): number {
  // The database keeps these within 1–10; clamping keeps a stray value from dominating the sum.
  return Math.min(MAX_JUDGEMENT, Math.max(MIN_JUDGEMENT, value));
}

/** (business value + time criticality + risk reduction) ÷ effort in person-weeks. */
export function priorityScore(initiative: ScoredInitiative, gapsByKpiId: GapIndex, kpiWeights: ReadonlyMap<number, number>): PriorityScore {
  const { effortWeeks } = initiative;
  // Effort divides the cost of delay; the database refuses effort ≤ 0, so this is a bug upstream.
  if (!(effortWeeks > 0) || !Number.isFinite(effortWeeks)) throw new RangeError("Effort must be a positive number of weeks");
  const value = businessValue(
    weightedGap(
      initiative.kpis.map((k) => k.kpiId),
      gapsByKpiId,
      kpiWeights,
    ),
  );
  const timeCriticality = judgement(initiative.timeCriticality);
  const riskReduction = judgement(initiative.riskReduction);
  return {
    businessValue: value,
    timeCriticality,
    riskReduction,
    effortWeeks,
    score: (value + timeCriticality + riskReduction) / effortWeeks,
  };
}

/** Highest priority score first; the code breaks ties so the order never depends on load order. */
export function rankByPriority<T extends ScoredInitiative & { code: string }>(
  initiatives: readonly T[],
  gapsByKpiId: GapIndex,
  kpiWeights: ReadonlyMap<number, number>,
): { initiative: T; priority: PriorityScore }[] {
  return initiatives
    .map((initiative) => ({ initiative, priority: priorityScore(initiative, gapsByKpiId, kpiWeights) }))
    .sort((a, b) => b.priority.score - a.priority.score || a.initiative.code.localeCompare(b.initiative.code));
}
