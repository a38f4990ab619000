// What the engine's results look like on the wire (lib/schemas/scorecard-api.ts): dates as
// YYYY-MM-DD, scores rounded to 2 decimals, KPIs named by code rather than database id. Pure
// functions.
import { toIsoDate } from "@/lib/domain/periods";
import { evaluateKpiTree } from "@/lib/domain/scoring";
import type { KpiDefinition, Scorecard, ScoredKpi, ScoringSnapshot } from "@/lib/domain/scoring/types";
import { kpiDefinitionFields, kpiEvaluationFields } from "@/lib/kpi-view";
import type { KpiEvaluationJson, KpiNodeJson, ScorecardJson } from "@/lib/schemas/scorecard-api";

/** Two decimals are more than a 0–10 score can honestly claim; the engine keeps full precision. */
function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100) / 100;
}

export function scoredKpiJson(node: ScoredKpi): KpiNodeJson {
  return {
    ...kpiDefinitionFields(node.kpi),
    ...kpiEvaluationFields(node),
    score: roundScore(node.score),
    supportScore: roundScore(node.supportScore),
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
    notAnchored: card.notAnchored.map(({ node, anchor, priority }) => ({
      kpi: scoredKpiJson(node),
      anchor,
      businessPriority: priority && {
        code: priority.code,
        title: priority.title,
        startsOn: toIsoDate(priority.startsOn),
        endsOn: priority.endsOn && toIsoDate(priority.endsOn),
      },
    })),
  };
}

/**
 * One KPI evaluated on the snapshot's date with the KPIs that support it, built by the same tree
 * walk as a scorecard's drill-down (firm-wide view), so both answers agree node for node.
 */
export function kpiEvaluationJson(snapshot: ScoringSnapshot, kpi: KpiDefinition): KpiEvaluationJson {
  return { ...scoredKpiJson(evaluateKpiTree(snapshot, kpi)), asOf: toIsoDate(snapshot.asOf) };
}
