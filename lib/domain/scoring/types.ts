// The vocabulary of the scoring engine (docs/scoring.md). Plain data: the database layer fills a
// ScoringSnapshot, the engine turns it into scorecards, pages and the API render those.
import type { Direction, ForecastEvent, Frequency, IndicatorType, Layer, ScorecardKind, Status, Stream, Trend } from "../enums";

// The enumerations live in ../enums; re-exported because the engine's callers know them from here.
export { SCORECARD_KINDS } from "../enums";
export type { Direction, IndicatorType, Layer, ScorecardKind, Status, Trend } from "../enums";

/** Whether a KPI's process (or capability's process) exploits or explores: a process's stream. */
export type Orientation = Stream;

export interface Thresholds {
  direction: Direction;
  /** Higher/lower KPIs. */
  target: number | null;
  redFlag: number | null;
  /** Band KPIs: green inside [bandLow, bandHigh], red beyond bandTolerance outside it. */
  bandLow: number | null;
  bandHigh: number | null;
  bandTolerance: number | null;
}

/** The value that counted for one period as known on the as-of date (its highest version by then). */
export interface ReadingPoint {
  period: Date;
  value: number;
  note: string;
  version: number;
  enteredAt: Date;
}

export interface KpiDefinition extends Thresholds {
  id: number;
  code: string;
  name: string;
  unit: string;
  layer: Layer;
  scorecard: ScorecardKind;
  frequency: Frequency;
  indicatorType: IndicatorType;
  weight: number;
  /**
   * Whether the KPI measures exploitation or exploration, from the kind of the process (supply)
   * or of the capability's process (capability). Null when unknown; for demand KPIs the engine
   * derives it from the KPIs that support them.
   */
  orientation: Orientation | null;
  businessFunctionId: number | null;
  businessPriorityId: number | null;
  ownerName: string;
}

/** `supporting` supports `supported` (capability → supply → demand). */
export interface KpiLink {
  supportingId: number;
  supportedId: number;
  weight: number;
}

export interface PriorityInput {
  id: number;
  code: string;
  title: string;
  weight: number;
  /** Null for a firm-wide priority. */
  businessFunctionId: number | null;
  startsOn: Date;
  endsOn: Date | null;
}

/** A business function with its demand profile in force on the as-of date. */
export interface FunctionInput {
  id: number;
  code: string;
  name: string;
  /** 0 = tight control … 100 = flexibility; null when no profile was in force yet. */
  controlFlexibility: number | null;
  targetExploreShare: number | null;
}

/** Everything the engine needs, loaded once per as-of date. */
export interface ScoringSnapshot {
  asOf: Date;
  kpis: KpiDefinition[];
  links: KpiLink[];
  /** Per KPI id: the most recent periods (newest first, at most a dozen or so) as known at asOf. */
  readings: Map<number, ReadingPoint[]>;
  priorities: PriorityInput[];
  functions: FunctionInput[];
}

export interface Forecast {
  event: ForecastEvent;
  date: Date;
}

export interface KpiEvaluation {
  /** 0–10, null without a reading. */
  score: number | null;
  status: Status;
  value: number | null;
  period: Date | null;
  stale: boolean;
  trend: Trend | null;
  forecast: Forecast | null;
}

export interface ScoredKpi extends KpiEvaluation {
  kpi: KpiDefinition;
  /** The weight this node carried in its parent's roll-up (KPI weight × link weight × emphasis). */
  effectiveWeight: number;
  /** Weighted mean of the children's scores that have data; null without children or data. */
  supportScore: number | null;
  children: ScoredKpi[];
  /** Oldest first, for sparklines. */
  series: { period: Date; value: number }[];
}

export interface PriorityGroup {
  priority: PriorityInput;
  score: number | null;
  status: Status;
  kpis: ScoredKpi[];
}

export interface UnanchoredKpi {
  node: ScoredKpi;
  anchor: "not-started" | "ended" | "no-priority";
  /** The KPI's priority, when the snapshot has it. */
  priority: PriorityInput | null;
}

export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  none: number;
  stale: number;
}

export interface Scorecard {
  kind: ScorecardKind;
  asOf: Date;
  businessFunctionId: number | null;
  score: number | null;
  status: Status;
  /** The top-level (demand) KPIs, each with its drill-down tree. */
  kpis: ScoredKpi[];
  groups: PriorityGroup[];
  /**
   * Demand KPIs of this scorecard and view whose priority is not in force on the as-of date (or
   * that have none): evaluated, so their figures can be shown, but outside the score, the groups
   * and the counts.
   */
  notAnchored: UnanchoredKpi[];
  /** Over every distinct KPI in the tree, top level and supporting. */
  counts: StatusCounts;
}
