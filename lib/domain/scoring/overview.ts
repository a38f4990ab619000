// Cross-scorecard views for the overview: enablement per priority, and the function heat map.
import { isInForce } from "./anchoring";
import { statusForScore } from "./rollup";
import { buildScorecard, byPriorityWeight, indexPriorities, isInView } from "./scorecard";
import { emphasisedWeight, rollUp, scoreTree, scoringContext } from "./tree";
import { SCORECARD_KINDS, type PriorityInput, type ScorecardKind, type ScoringSnapshot, type Status } from "./types";

export interface PriorityEnablement {
  priority: PriorityInput;
  score: number | null;
  status: Status;
  /** Demand KPIs that serve the priority in this view, with or without data. */
  kpiCount: number;
}

/**
 * How well each business priority in force on the as-of date is enabled: the weighted mean of all
 * its demand KPIs on any scorecard. A function's view lists firm-wide priorities, its own, and any
 * other priority one of its KPIs serves.
 */
export function priorityEnablement(snapshot: ScoringSnapshot, businessFunctionId: number | null = null): PriorityEnablement[] {
  const ctx = scoringContext(snapshot, businessFunctionId);
  const index = indexPriorities(snapshot.priorities);
  const demand = snapshot.kpis.filter((kpi) => kpi.layer === "demand" && isInView(kpi, index, businessFunctionId));
  const inForce = snapshot.priorities.filter((priority) => isInForce(priority, snapshot.asOf));
  return inForce.sort(byPriorityWeight).flatMap((priority) => {
    const members = demand.filter((kpi) => kpi.businessPriorityId === priority.id);
    const relevant =
      businessFunctionId === null || priority.businessFunctionId === null || priority.businessFunctionId === businessFunctionId || members.length > 0;
    if (!relevant) return [];
    const score = rollUp(members.map((kpi) => scoreTree(ctx, kpi, emphasisedWeight(ctx, kpi))));
    return [{ priority, score, status: statusForScore(score), kpiCount: members.length }];
  });
}

export interface HeatMapRow {
  functionId: number;
  cells: { kind: ScorecardKind; score: number | null; status: Status }[];
}

/** One row per business function, one cell per scorecard, each the function's view of it. */
export function heatMap(snapshot: ScoringSnapshot): HeatMapRow[] {
  return snapshot.functions.map((fn) => ({
    functionId: fn.id,
    cells: SCORECARD_KINDS.map((kind) => {
      const { score, status } = buildScorecard(snapshot, kind, fn.id);
      return { kind, score, status };
    }),
  }));
}
