// Trends: where a KPI has been heading, and how a scorecard moved (docs/scoring.md § Trend).
import { axisOf, axisPoints, leastSquares, type MeasuredKpi } from "./axis";
import type { ReadingPoint, Trend } from "./types";

export const TREND_WINDOW = 6;
export const TREND_MIN_READINGS = 3;
/** A change smaller than 5 % of the target-to-red-flag distance over the window is noise. */
export const FLAT_SHARE = 0.05;
/** Scorecard scores move by less than a quarter point from rounding and small corrections alone. */
export const FLAT_SCORE_DELTA = 0.25;

/**
 * Direction-aware trend over the newest readings (newest first, up to six): the least-squares
 * change across the window, relative to |G − R| (band: the tolerance, on the distance d).
 */
export function trendOf(kpi: MeasuredKpi, readings: readonly ReadingPoint[]): Trend | null {
  const points = axisPoints(kpi, readings, TREND_WINDOW);
  if (points.length < TREND_MIN_READINGS) return null;
  const line = leastSquares(points);
  const first = points[0];
  const last = points.at(-1);
  if (!line || !first || !last) return null;
  const axis = axisOf(kpi);
  const change = line.slope * (last.x - first.x);
  if (Math.abs(change / axis.scale) < FLAT_SHARE) return "flat";
  return Math.sign(change) === axis.better ? "improving" : "worsening";
}

/** How a score moved between two as-of dates; null when either has no data. */
export function compareScores(current: number | null, previous: number | null): Trend | null {
  if (current === null || previous === null) return null;
  const delta = current - previous;
  if (Math.abs(delta) < FLAT_SCORE_DELTA) return "flat";
  return delta > 0 ? "improving" : "worsening";
}
