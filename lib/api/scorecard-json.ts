// What the engine's results look like on the wire (lib/schemas/scorecard-api.ts): dates as
// YYYY-MM-DD, scores rounded to 2 decimals, KPIs named by code rather than database id. Pure
// functions, apart from the 422 helper that wraps one in a problem document.
import type { NextResponse } from "next/server";
import type { z } from "zod";
import { toIsoDate } from "@/lib/domain/periods";
// Not re-exported by the engine's index yet; the tree walk is the engine's, not redone here.
import { scoreTree, scoringContext } from "@/lib/domain/scoring/tree";
import type { KpiDefinition, KpiEvaluation, Scorecard, ScoredKpi, ScoringSnapshot } from "@/lib/domain/scoring/types";
import type { KpiEvaluationJson, KpiNodeJson, ParameterError, ScorecardJson } from "@/lib/schemas/scorecard-api";
import { problem } from "./problem";

/** Two decimals are more than a 0–10 score can honestly claim; the engine keeps full precision. */
function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100) / 100;
}

export function kpiNodeJson(kpi: KpiDefinition, evaluation: KpiEvaluation, children: KpiNodeJson[]): KpiNodeJson {
  return {
    code: kpi.code,
    name: kpi.name,
    layer: kpi.layer,
    unit: kpi.unit,
    score: roundScore(evaluation.score),
    status: evaluation.status,
    value: evaluation.value,
    period: evaluation.period && toIsoDate(evaluation.period),
    target: kpi.target,
    redFlag: kpi.redFlag,
    bandLow: kpi.bandLow,
    bandHigh: kpi.bandHigh,
    stale: evaluation.stale,
    trend: evaluation.trend,
    forecast: evaluation.forecast && { event: evaluation.forecast.event, date: toIsoDate(evaluation.forecast.date) },
    children,
  };
}

export function scoredKpiJson(node: ScoredKpi): KpiNodeJson {
  return kpiNodeJson(node.kpi, node, node.children.map(scoredKpiJson));
}

/** `businessFunctionCode` is echoed back: the engine only knows the function's id. */
export function scorecardJson(card: Scorecard, businessFunctionCode: string | null): ScorecardJson {
  return {
    kind: card.kind,
    asOf: toIsoDate(card.asOf),
    businessFunction: businessFunctionCode,
    score: roundScore(card.score),
    status: card.status,
    counts: { ...card.counts },
    kpis: card.kpis.map(scoredKpiJson),
  };
}

/**
 * One KPI evaluated on the snapshot's date with the KPIs that support it, built by the same tree
 * walk as a scorecard's drill-down (firm-wide view), so both answers agree node for node.
 */
export function kpiEvaluationJson(snapshot: ScoringSnapshot, kpi: KpiDefinition): KpiEvaluationJson {
  const tree = scoreTree(scoringContext(snapshot, null), kpi, kpi.weight);
  return { ...scoredKpiJson(tree), asOf: toIsoDate(snapshot.asOf) };
}

export function parameterErrors(error: z.ZodError): ParameterError[] {
  return error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? "query"), message: issue.message }));
}

/** 422: the request was understood but a parameter's value is refused; each one is named. */
export function invalidParameters(error: z.ZodError): NextResponse {
  const errors = parameterErrors(error);
  return problem({
    title: "Unprocessable Content",
    status: 422,
    detail: errors.map((each) => each.message).join("; "),
    errors,
  });
}
