// One KPI on its own: latest score and status, staleness, trend and forecast.
import type { MeasuredKpi } from "./axis";
import { newestFirst } from "./axis";
import { DEFAULT_HORIZON_DAYS, forecastOf } from "./forecast";
import { kpiScore, kpiStatus } from "./score";
import { isStale } from "./staleness";
import { trendOf } from "./trend";
import type { KpiEvaluation, ReadingPoint } from "./types";

export interface EvaluateOptions {
  /** How far ahead a forecast may land, in days (default 180). */
  horizonDays?: number;
}

/**
 * Evaluates a KPI from its readings as known on `asOf` (newest first; see readingsAsOf). The
 * newest reading gives value, score and status even when stale: an old number is still the best
 * evidence, and the stale flag says how far to trust it.
 */
export function evaluateKpi(kpi: MeasuredKpi, readings: readonly ReadingPoint[], asOf: Date, options: EvaluateOptions = {}): KpiEvaluation {
  const ordered = newestFirst(readings);
  const latest = ordered[0];
  if (!latest) {
    return { score: null, status: "none", value: null, period: null, stale: false, trend: null, forecast: null };
  }
  return {
    score: kpiScore(kpi, latest.value),
    status: kpiStatus(kpi, latest.value),
    value: latest.value,
    period: latest.period,
    stale: isStale(kpi, latest.period, asOf),
    trend: trendOf(kpi, ordered),
    forecast: forecastOf(kpi, ordered, asOf, options.horizonDays ?? DEFAULT_HORIZON_DAYS),
  };
}
