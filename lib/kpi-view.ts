// A KPI's definition and evaluation as every output shows them: the API's scorecard nodes and
// catalogue items (lib/api/scorecard-json.ts, /api/v1/kpis) and the pages' KPI tree
// (components/scorecard/view.ts). Each field is mapped here once and the callers add what is
// theirs. Dates become ISO days, so the result is plain data for JSON and client components
// alike; scores are left to the callers, because the API rounds them and the pages do not.
import type { ForecastEvent } from "@/lib/domain/enums";
import { toIsoDate } from "@/lib/domain/periods";
import type { KpiDefinition, KpiEvaluation } from "@/lib/domain/scoring/types";

/** What names a KPI and what it is measured against. */
export type KpiDefinitionFields = Pick<
  KpiDefinition,
  "code" | "name" | "layer" | "unit" | "direction" | "target" | "redFlag" | "bandLow" | "bandHigh" | "bandTolerance"
>;

/** Picked one by one because the callers' rows carry more (ids, owners, relations) than shows. */
export function kpiDefinitionFields(kpi: KpiDefinitionFields): KpiDefinitionFields {
  return {
    code: kpi.code,
    name: kpi.name,
    layer: kpi.layer,
    unit: kpi.unit,
    direction: kpi.direction,
    target: kpi.target,
    redFlag: kpi.redFlag,
    bandLow: kpi.bandLow,
    bandHigh: kpi.bandHigh,
    bandTolerance: kpi.bandTolerance,
  };
}

/** The value that counted on the as-of date and what the engine made of it, scores aside. */
export interface KpiEvaluationFields {
  status: KpiEvaluation["status"];
  value: number | null;
  period: string | null;
  stale: boolean;
  trend: KpiEvaluation["trend"];
  forecast: { event: ForecastEvent; date: string } | null;
}

export function kpiEvaluationFields(evaluation: KpiEvaluation): KpiEvaluationFields {
  return {
    status: evaluation.status,
    value: evaluation.value,
    period: evaluation.period && toIsoDate(evaluation.period),
    stale: evaluation.stale,
    trend: evaluation.trend,
    forecast: evaluation.forecast && { event: evaluation.forecast.event, date: toIsoDate(evaluation.forecast.date) },
  };
}
