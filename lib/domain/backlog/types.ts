// The vocabulary of disciplined improvement (docs/domain.md): performance gaps, initiatives, the board's
// priority score, outcomes and the capability trap. Plain data; the rules live beside this file.
import type { InitiativeStatus, Layer, ScorecardKind, Status, Stream } from "../enums";
import type { KpiDefinition } from "../scoring/types";

// The enumerations live in ../enums; re-exported because the backlog's callers know them from here.
export type { DecisionKind, InitiativeStatus, Methodology, Stream } from "../enums";

/** Statuses in which an initiative is still working on its KPIs (it "addresses" their gaps). */
export const OPEN_STATUSES: readonly InitiativeStatus[] = ["proposed", "triaged", "approved", "in_progress"];

/** A KPI that is red or amber, or forecast to cross its red flag: a candidate for improvement. */
export interface PerformanceGap {
  kpi: KpiDefinition;
  layer: Layer;
  scorecard: ScorecardKind;
  status: Status;
  value: number | null;
  score: number | null;
  /** Distance to target in the KPI's unit, positive = short of target (band: distance to the band). */
  gapInUnit: number;
  /** 20/3 − score, floored at 0: how far the score is below "target met". */
  gapInScore: number;
  /** The weight of the business priority the KPI serves (directly, or through what it supports). */
  priorityWeight: number;
  forecastCrossesRedFlag: boolean;
  /** Codes of open initiatives linked to this KPI; empty = an unaddressed gap. */
  addressedBy: string[];
}

/** What the priority score needs to know about an initiative. */
export interface InitiativeForScoring {
  id: number;
  code: string;
  status: InitiativeStatus;
  stream: Stream;
  businessFunctionId: number | null;
  effortWeeks: number;
  timeCriticality: number;
  riskReduction: number;
  rank: number | null;
  approvedAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  kpis: { kpiId: number; baselineValue: number | null; expectedImprovement: number }[];
}

export interface PriorityScore {
  businessValue: number;
  timeCriticality: number;
  riskReduction: number;
  effortWeeks: number;
  /** (businessValue + timeCriticality + riskReduction) ÷ effortWeeks. */
  score: number;
}
