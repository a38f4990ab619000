// The three balanced scorecards, firm-wide or for one business function (docs/scoring.md § Scorecards).
import { anchorOf } from "./anchoring";
import { statusForScore } from "./rollup";
import { countStatuses, emphasisedWeight, rollUp, scoreTree, scoringContext } from "./tree";
import type { KpiDefinition, PriorityGroup, PriorityInput, Scorecard, ScorecardKind, ScoredKpi, ScoringSnapshot, UnanchoredKpi } from "./types";

export type PriorityIndex = ReadonlyMap<number, PriorityInput>;

export function indexPriorities(priorities: readonly PriorityInput[]): PriorityIndex {
  return new Map(priorities.map((priority) => [priority.id, priority]));
}

/**
 * Whether a KPI belongs to a business function's view: it is the function's own, serves one of
 * the function's priorities, or is firm-wide (no function, firm-wide priority). Every KPI is in
 * the firm-wide view. A priority missing from the snapshot counts as firm-wide.
 */
export function isInView(kpi: KpiDefinition, priorities: PriorityIndex, businessFunctionId: number | null): boolean {
  if (businessFunctionId === null || kpi.businessFunctionId === businessFunctionId) return true;
  const priority = kpi.businessPriorityId === null ? undefined : priorities.get(kpi.businessPriorityId);
  const priorityFunction = priority?.businessFunctionId ?? null;
  if (priorityFunction === businessFunctionId) return true;
  return kpi.businessFunctionId === null && priorityFunction === null;
}

/** Heaviest priority first; the code breaks ties so the order never depends on load order. */
export function byPriorityWeight(a: PriorityInput, b: PriorityInput): number {
  return b.weight - a.weight || a.code.localeCompare(b.code);
}

function byPriorityThenCode(priorities: PriorityIndex): (a: KpiDefinition, b: KpiDefinition) => number {
  // KPIs whose priority is not in the snapshot sort after all the others.
  const weight = (kpi: KpiDefinition) => (kpi.businessPriorityId === null ? undefined : priorities.get(kpi.businessPriorityId)?.weight) ?? -Infinity;
  return (a, b) => {
    const difference = weight(b) - weight(a);
    return (Number.isNaN(difference) ? 0 : difference) || a.code.localeCompare(b.code);
  };
}

/**
 * The top-level KPIs of a view and their drill-down trees, rolled up into one score. Only demand
 * KPIs whose priority is in force on the as-of date are top-level; the others are listed apart.
 */
export function buildScorecard(snapshot: ScoringSnapshot, kind: ScorecardKind, businessFunctionId: number | null = null): Scorecard {
  const ctx = scoringContext(snapshot, businessFunctionId);
  const priorities = indexPriorities(snapshot.priorities);
  const priorityOf = (kpi: KpiDefinition) => (kpi.businessPriorityId === null ? undefined : priorities.get(kpi.businessPriorityId));
  const candidates = snapshot.kpis.filter((kpi) => kpi.layer === "demand" && kpi.scorecard === kind && isInView(kpi, priorities, businessFunctionId));
  const kpis: ScoredKpi[] = [];
  const notAnchored: UnanchoredKpi[] = [];
  for (const kpi of [...candidates].sort(byPriorityThenCode(priorities))) {
    const node = scoreTree(ctx, kpi, emphasisedWeight(ctx, kpi));
    const priority = priorityOf(kpi);
    const anchor = anchorOf(priority, snapshot.asOf);
    if (anchor === "in-force") kpis.push(node);
    else notAnchored.push({ node, anchor, priority: priority ?? null });
  }
  const score = rollUp(kpis);
  return {
    kind,
    asOf: snapshot.asOf,
    businessFunctionId,
    score,
    status: statusForScore(score),
    kpis,
    groups: priorityGroups(kpis, snapshot.priorities),
    notAnchored,
    counts: countStatuses(kpis),
  };
}

/** One group per priority that has a KPI on this scorecard; empty priorities would only be noise. */
function priorityGroups(kpis: readonly ScoredKpi[], priorities: readonly PriorityInput[]): PriorityGroup[] {
  return [...priorities].sort(byPriorityWeight).flatMap((priority) => {
    const members = kpis.filter((node) => node.kpi.businessPriorityId === priority.id);
    if (members.length === 0) return [];
    const score = rollUp(members);
    return [{ priority, score, status: statusForScore(score), kpis: members }];
  });
}
