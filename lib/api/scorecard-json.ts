// What the engine's results look like on the wire (lib/schemas/scorecard-api.ts): dates as
// YYYY-MM-DD, scores rounded to 2 decimals, KPIs named by code rather than database id. Pure
// functions, apart from the 422 helper that wraps one in a problem document.
import type { NextResponse } from "next/server";
import type { z } from "zod";
import { toIsoDate } from "@/lib/domain/periods";
import { evaluateKpiTree } from "@/lib/domain/scoring";
import type { KpiDefinition, Scorecard, ScoredKpi, ScoringSnapshot } from "@/lib/domain/scoring/types";
import type { KpiEvaluationJson, KpiNodeJson, ParameterError, ScorecardJson } from "@/lib/schemas/scorecard-api";
import { problem } from "./problem";

/** Two decimals are more than a 0–10 score can honestly claim; the engine keeps full precision. */
function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100) / 100;
}

export function scoredKpiJson(node: ScoredKpi): KpiNodeJson {
  const { kpi } = node;
  return {
    code: kpi.code,
    name: kpi.name,
    layer: kpi.layer,
    unit: kpi.unit,
    direction: kpi.direction,
    score: roundScore(node.score),
    supportScore: roundScore(node.supportScore),
    status: node.status,
    value: node.value,
    period: node.period && toIsoDate(node.period),
    target: kpi.target,
    redFlag: kpi.redFlag,
    bandLow: kpi.bandLow,
    bandHigh: kpi.bandHigh,
    bandTolerance: kpi.bandTolerance,
    stale: node.stale,
    trend: node.trend,
    forecast: node.forecast && { event: node.forecast.event, date: toIsoDate(node.forecast.date) },
    children: node.children.map(scoredKpiJson),
  };
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
  return { ...scoredKpiJson(evaluateKpiTree(snapshot, kpi)), asOf: toIsoDate(snapshot.asOf) };
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
