// What the scorecard components receive: plain, serialisable data (dates as ISO days), made on the
// server from the engine's ScoredKpi so client components never see Date objects or the engine.
// The fields the API shows too come from lib/kpi-view.ts; the tree adds what only pages show.
import { toIsoDate } from "@/lib/domain/periods";
import type { IndicatorType, ScoredKpi } from "@/lib/domain/scoring/types";
import { kpiDefinitionFields, kpiEvaluationFields, type KpiDefinitionFields, type KpiEvaluationFields } from "@/lib/kpi-view";

export interface KpiNodeView extends KpiDefinitionFields, KpiEvaluationFields {
  indicatorType: IndicatorType;
  ownerName: string;
  /** Unrounded: the page formats it. */
  score: number | null;
  supportScore: number | null;
  series: { period: string; value: number }[];
  children: KpiNodeView[];
}

export function toKpiNodeView(node: ScoredKpi): KpiNodeView {
  return {
    ...kpiDefinitionFields(node.kpi),
    ...kpiEvaluationFields(node),
    indicatorType: node.kpi.indicatorType,
    ownerName: node.kpi.ownerName,
    score: node.score,
    supportScore: node.supportScore,
    series: node.series.map((point) => ({ period: toIsoDate(point.period), value: point.value })),
    children: node.children.map(toKpiNodeView),
  };
}
