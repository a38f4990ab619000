// Drill-down trees: a KPI scored with everything that supports it (docs/scoring.md § Roll-up).
import { newestFirst } from "./axis";
import { deriveOrientations, emphasisFactor, linksBySupported } from "./emphasis";
import { evaluateKpi } from "./evaluate";
import { contributionOf, weightedMean } from "./rollup";
import type { KpiDefinition, KpiEvaluation, KpiLink, Orientation, ReadingPoint, ScoredKpi, ScoringSnapshot, StatusCounts } from "./types";

/** A snapshot indexed once for one view (firm-wide or one business function). */
export interface ScoringContext {
  asOf: Date;
  kpis: Map<number, KpiDefinition>;
  readings: Map<number, ReadingPoint[]>;
  supportLinks: Map<number, KpiLink[]>;
  orientations: Map<number, Orientation | null>;
  /** The viewed function's profile; null for the firm-wide view or a function without one. */
  controlFlexibility: number | null;
  /** A KPI shared by several trees is evaluated once. */
  evaluations: Map<number, KpiEvaluation>;
}

export function scoringContext(snapshot: ScoringSnapshot, businessFunctionId: number | null): ScoringContext {
  const fn = businessFunctionId === null ? undefined : snapshot.functions.find((f) => f.id === businessFunctionId);
  return {
    asOf: snapshot.asOf,
    kpis: new Map(snapshot.kpis.map((kpi) => [kpi.id, kpi])),
    readings: snapshot.readings,
    supportLinks: linksBySupported(snapshot.links),
    orientations: deriveOrientations(snapshot.kpis, snapshot.links),
    controlFlexibility: fn?.controlFlexibility ?? null,
    evaluations: new Map(),
  };
}

/** KPI weight × link weight (1 at the top level) × the view's emphasis on the KPI's orientation. */
export function emphasisedWeight(ctx: ScoringContext, kpi: KpiDefinition, linkWeight = 1): number {
  return kpi.weight * linkWeight * emphasisFactor(ctx.orientations.get(kpi.id) ?? null, ctx.controlFlexibility);
}

function evaluationOf(ctx: ScoringContext, kpi: KpiDefinition): KpiEvaluation {
  let evaluation = ctx.evaluations.get(kpi.id);
  if (!evaluation) {
    evaluation = evaluateKpi(kpi, ctx.readings.get(kpi.id) ?? [], ctx.asOf);
    ctx.evaluations.set(kpi.id, evaluation);
  }
  return evaluation;
}

/**
 * Scores `kpi` and, recursively, the KPIs linked below it. A KPI already on the path from the
 * root is left out rather than expanded again, so a cyclic link cannot loop or count twice.
 */
export function scoreTree(ctx: ScoringContext, kpi: KpiDefinition, effectiveWeight: number, path: ReadonlySet<number> = new Set()): ScoredKpi {
  const onPath = new Set(path).add(kpi.id);
  const children = (ctx.supportLinks.get(kpi.id) ?? [])
    .flatMap((link) => {
      const child = ctx.kpis.get(link.supportingId);
      if (!child || onPath.has(child.id)) return [];
      return [scoreTree(ctx, child, emphasisedWeight(ctx, child, link.weight), onPath)];
    })
    .sort((a, b) => b.effectiveWeight - a.effectiveWeight || a.kpi.code.localeCompare(b.kpi.code));
  const series = newestFirst(ctx.readings.get(kpi.id) ?? [])
    .reverse()
    .map(({ period, value }) => ({ period, value }));
  return {
    ...evaluationOf(ctx, kpi),
    kpi,
    effectiveWeight,
    supportScore: rollUp(children),
    children,
    series,
  };
}

/** Weighted mean of what the nodes contribute (own score, else their support score). */
export function rollUp(nodes: readonly ScoredKpi[]): number | null {
  return weightedMean(nodes.map((node) => ({ score: contributionOf(node), weight: node.effectiveWeight })));
}

/** Status counts over every distinct KPI in the trees; a KPI reached twice counts once. */
export function countStatuses(roots: readonly ScoredKpi[]): StatusCounts {
  const counts: StatusCounts = { green: 0, amber: 0, red: 0, none: 0, stale: 0 };
  const seen = new Set<number>();
  const visit = (node: ScoredKpi): void => {
    if (seen.has(node.kpi.id)) return;
    seen.add(node.kpi.id);
    counts[node.status] += 1;
    if (node.stale) counts.stale += 1;
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return counts;
}

/** One KPI with the tree of KPIs supporting it, as the firm-wide drill-down scores them. */
export function evaluateKpiTree(snapshot: ScoringSnapshot, kpi: KpiDefinition): ScoredKpi {
  return scoreTree(scoringContext(snapshot, null), kpi, kpi.weight);
}
