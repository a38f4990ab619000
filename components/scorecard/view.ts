// What the scorecard components receive: plain, serialisable data (dates as ISO days), made on the
// server from the engine's ScoredKpi so client components never see Date objects or the engine.
import type { Forecast, ScoredKpi, Status, Trend } from "@/lib/domain/scoring/types";
import { toIsoDate } from "@/lib/domain/periods";

export interface KpiNodeView {
  code: string;
  name: string;
  layer: "demand" | "supply" | "capability";
  unit: string;
  indicatorType: "leading" | "lagging";
  direction: "higher" | "lower" | "band";
  target: number | null;
  redFlag: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  bandTolerance: number | null;
  ownerName: string;
  score: number | null;
  supportScore: number | null;
  status: Status;
  value: number | null;
  period: string | null;
  stale: boolean;
  trend: Trend | null;
  forecast: { event: Forecast["event"]; date: string } | null;
  series: { period: string; value: number }[];
  children: KpiNodeView[];
}

export function toKpiNodeView(node: ScoredKpi): KpiNodeView {
  const { kpi } = node;
  return {
    code: kpi.code,
    name: kpi.name,
    layer: kpi.layer,
    unit: kpi.unit,
    indicatorType: kpi.indicatorType,
    direction: kpi.direction,
    target: kpi.target,
    redFlag: kpi.redFlag,
    bandLow: kpi.bandLow,
    bandHigh: kpi.bandHigh,
    bandTolerance: kpi.bandTolerance,
    ownerName: kpi.ownerName,
    score: node.score,
    supportScore: node.supportScore,
    status: node.status,
    value: node.value,
    period: node.period ? toIsoDate(node.period) : null,
    stale: node.stale,
    trend: node.trend,
    forecast: node.forecast ? { event: node.forecast.event, date: toIsoDate(node.forecast.date) } : null,
    series: node.series.map((point) => ({ period: toIsoDate(point.period), value: point.value })),
    children: node.children.map(toKpiNodeView),
  };
}
