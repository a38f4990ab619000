// The scoring engine: pure functions from a ScoringSnapshot to scores, statuses and scorecards.
// Rules and worked examples: docs/scoring.md.
export * from "./types";
export { RED_FLAG_SCORE, TARGET_SCORE, MAX_SCORE, kpiScore, kpiStatus, bandDistance, bandOf, goalOf } from "./score";
export type { Band, Goal } from "./score";
export { weightedMean, statusForScore, contributionOf } from "./rollup";
export type { WeightedScore } from "./rollup";
export { GRACE_DAYS, freshUntil, isStale } from "./staleness";
export { TREND_WINDOW, TREND_MIN_READINGS, FLAT_SHARE, FLAT_SCORE_DELTA, trendOf, compareScores } from "./trend";
export { FORECAST_WINDOW, FORECAST_MIN_READINGS, DEFAULT_HORIZON_DAYS, forecastOf } from "./forecast";
export type { MeasuredKpi } from "./axis";
export { readingsAsOf, versionStates } from "./as-of";
export type { ReadingRow, VersionState } from "./as-of";
export { emphasisFactor, deriveOrientations } from "./emphasis";
export { evaluateKpi } from "./evaluate";
export type { EvaluateOptions } from "./evaluate";
export { buildScorecard, isInView } from "./scorecard";
export { anchorOf, isInForce, type Anchor } from "./anchoring";
export { priorityEnablement, heatMap } from "./overview";
export type { PriorityEnablement, HeatMapRow } from "./overview";
export { evaluateKpiTree } from "./tree";
export { attentionList, redItems, type RedItem } from "./red-items";
