// One straight line per KPI along which trend and forecast measure movement: the value itself for
// higher/lower KPIs, the band distance d for band KPIs (docs/scoring.md § Trend, § Forecast).
import { periodEnd, type Frequency } from "../periods";
import { bandDistance, bandOf, goalOf } from "./score";
import type { ReadingPoint, Thresholds } from "./types";

/** What trend and forecast need to know about a KPI. */
export type MeasuredKpi = Thresholds & { frequency: Frequency };

export interface Axis {
  position(value: number): number;
  target: number;
  redFlag: number;
  /** +1 when a larger position is better, −1 when a smaller one is. */
  better: 1 | -1;
  /** A change is judged relative to this: |G − R|, or the tolerance on band KPIs. */
  scale: number;
}

export function axisOf(thresholds: Thresholds): Axis {
  if (thresholds.direction === "band") {
    const band = bandOf(thresholds);
    // Without a tolerance there is no red-flag distance; the band width is the next natural yardstick.
    const scale = band.tolerance > 0 ? band.tolerance : band.high - band.low;
    return {
      position: (value) => bandDistance(band, value),
      target: 0,
      redFlag: band.tolerance,
      better: -1,
      scale: scale > 0 ? scale : 1,
    };
  }
  const { target, redFlag } = goalOf(thresholds);
  return {
    position: (value) => value,
    target,
    redFlag,
    better: target > redFlag ? 1 : -1,
    scale: Math.abs(target - redFlag),
  };
}

const DAY_MS = 86_400_000;

/** A reading on the axis: x in days relative to the newest reading (≤ 0), y its position. */
export interface AxisPoint {
  x: number;
  y: number;
}

/** Sorted copy, newest period first: callers promise that order, but a wrong order would silently flip a trend. */
export function newestFirst<T extends { period: Date }>(readings: readonly T[]): T[] {
  return [...readings].sort((a, b) => b.period.getTime() - a.period.getTime());
}

/**
 * The newest `count` readings as points, oldest first. A reading stands on the last day of its
 * period — the day its value is complete — so a forecast for the next period lands after as-of.
 */
export function axisPoints(kpi: MeasuredKpi, readings: readonly ReadingPoint[], count: number): AxisPoint[] {
  const window = newestFirst(readings).slice(0, count);
  const newest = window[0];
  if (!newest) return [];
  const axis = axisOf(kpi);
  const origin = periodEnd(newest.period, kpi.frequency).getTime();
  return window
    .map((reading) => ({
      x: (periodEnd(reading.period, kpi.frequency).getTime() - origin) / DAY_MS,
      y: axis.position(reading.value),
    }))
    .reverse();
}

export interface Line {
  slope: number;
  intercept: number;
}

/** Ordinary least squares y = intercept + slope · x; null when x does not vary. */
export function leastSquares(points: readonly AxisPoint[]): Line | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}
