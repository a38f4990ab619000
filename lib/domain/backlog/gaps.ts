// Performance gaps: KPIs off target (or heading for their red flag) and who is working on them
// (docs/prioritisation.md § Gaps).
import { axisOf } from "../scoring/axis";
import { evaluateKpi } from "../scoring/evaluate";
import { indexPriorities, isInView } from "../scoring/scorecard";
import { TARGET_SCORE } from "../scoring/score";
import type { KpiDefinition, KpiLink, PriorityInput, ScoringSnapshot } from "../scoring/types";
import { OPEN_STATUSES, type InitiativeStatus, type PerformanceGap } from "./types";

/** Priority weight of a KPI that serves no priority, directly or through what it supports. */
export const UNPRIORITISED_WEIGHT = 0;

export interface GapOptions {
  /** How far ahead a red-flag forecast counts, in days (default: the engine's 180). */
  horizonDays?: number;
  /** Only the KPIs in this business function's view (default: firm-wide, every KPI). */
  businessFunctionId?: number | null;
}

/** What findGaps needs to know about an initiative. */
export interface InitiativeLinks {
  code: string;
  status: InitiativeStatus;
  kpiIds: readonly number[];
}

/**
 * Every red or amber KPI, and every KPI forecast to cross its red flag, with its gap and the open
 * initiatives linked to it; biggest gapInScore × priorityWeight first, red before amber on ties.
 */
export function findGaps(snapshot: ScoringSnapshot, initiatives: readonly InitiativeLinks[], options: GapOptions = {}): PerformanceGap[] {
  const priorities = indexPriorities(snapshot.priorities);
  const weightOf = priorityWeights(snapshot.kpis, snapshot.links, snapshot.priorities);
  const viewId = options.businessFunctionId ?? null;
  return snapshot.kpis
    .filter((kpi) => isInView(kpi, priorities, viewId))
    .flatMap((kpi) => {
      const gap = gapOf(snapshot, kpi, options.horizonDays);
      if (gap === null) return [];
      return [{ ...gap, priorityWeight: weightOf(kpi.id), addressedBy: addressers(initiatives, kpi.id) }];
    })
    .sort(byUrgency);
}

type BareGap = Omit<PerformanceGap, "priorityWeight" | "addressedBy">;

function gapOf(snapshot: ScoringSnapshot, kpi: KpiDefinition, horizonDays?: number): BareGap | null {
  const evaluation = evaluateKpi(kpi, snapshot.readings.get(kpi.id) ?? [], snapshot.asOf, { horizonDays });
  const forecastCrossesRedFlag = evaluation.forecast?.event === "crosses-red-flag";
  const offTarget = evaluation.status === "red" || evaluation.status === "amber";
  if ((!offTarget && !forecastCrossesRedFlag) || evaluation.value === null || evaluation.score === null) return null;
  return {
    kpi,
    layer: kpi.layer,
    scorecard: kpi.scorecard,
    status: evaluation.status,
    value: evaluation.value,
    score: evaluation.score,
    gapInUnit: gapInUnit(kpi, evaluation.value),
    gapInScore: Math.max(0, TARGET_SCORE - evaluation.score),
    forecastCrossesRedFlag,
  };
}

/** Distance still to travel to the target (band: to the nearer edge), never negative. */
export function gapInUnit(kpi: KpiDefinition, value: number): number {
  const axis = axisOf(kpi);
  return Math.max(0, axis.better * (axis.target - axis.position(value)));
}

function addressers(initiatives: readonly InitiativeLinks[], kpiId: number): string[] {
  return initiatives
    .filter((i) => OPEN_STATUSES.includes(i.status) && i.kpiIds.includes(kpiId))
    .map((i) => i.code)
    .sort();
}

function byUrgency(a: PerformanceGap, b: PerformanceGap): number {
  const rank = (gap: PerformanceGap) => (gap.status === "red" ? 0 : gap.status === "amber" ? 1 : 2);
  return b.gapInScore * b.priorityWeight - a.gapInScore * a.priorityWeight || rank(a) - rank(b) || a.kpi.code.localeCompare(b.kpi.code);
}

/**
 * A KPI serves its own priority; one without a priority serves the heaviest priority among the
 * KPIs it supports, transitively, since improving a capability pays off where it is used.
 */
export function priorityWeights(kpis: readonly KpiDefinition[], links: readonly KpiLink[], priorities: readonly PriorityInput[]): (kpiId: number) => number {
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const weights = new Map(priorities.map((p) => [p.id, p.weight]));
  const memo = new Map<number, number>();
  const visit = (id: number, path: ReadonlySet<number>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const kpi = byId.get(id);
    const own = kpi?.businessPriorityId == null ? undefined : weights.get(kpi.businessPriorityId);
    if (own !== undefined) return own;
    // A cycle is cut where it closes; results found under a cut path are not memoised.
    const onPath = new Set(path).add(id);
    const above = links.filter((l) => l.supportingId === id && !onPath.has(l.supportedId));
    const weight = Math.max(UNPRIORITISED_WEIGHT, ...above.map((l) => visit(l.supportedId, onPath)));
    if (path.size === 0) memo.set(id, weight);
    return weight;
  };
  return (kpiId) => visit(kpiId, new Set());
}

/** The headline: gaps no open initiative is working on. */
export function unaddressedGaps(gaps: readonly PerformanceGap[]): PerformanceGap[] {
  return gaps.filter((gap) => gap.addressedBy.length === 0);
}

/** A red KPI nobody is working on is a finding in its own right. */
export function isFinding(gap: PerformanceGap): boolean {
  return gap.status === "red" && gap.addressedBy.length === 0;
}
