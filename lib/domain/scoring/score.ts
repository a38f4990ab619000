// KPI scores on the 0–10 goal/red-flag scale and their status (docs/scoring.md § Score).
import type { Status, Thresholds } from "./types";

/** Score of a reading exactly on the red flag. Kept as the fraction so boundaries compare equal. */
export const RED_FLAG_SCORE = 10 / 3;
/** Score of a reading exactly on the target (exactly 2 × RED_FLAG_SCORE in floating point too). */
export const TARGET_SCORE = 20 / 3;
export const MAX_SCORE = 10;

export interface Goal {
  target: number;
  redFlag: number;
}

export interface Band {
  low: number;
  high: number;
  tolerance: number;
}

function clampScore(score: number): number {
  return Math.min(MAX_SCORE, Math.max(0, score));
}

/**
 * Target and red flag of a higher/lower KPI. The database guarantees both exist and differ; a
 * KPI breaking that is a bug upstream, so fail loudly rather than score it as something.
 */
export function goalOf(thresholds: Thresholds): Goal {
  const { target, redFlag } = thresholds;
  if (target === null || redFlag === null) throw new RangeError("A higher/lower KPI needs a target and a red flag");
  if (target === redFlag) throw new RangeError("Target and red flag must differ");
  return { target, redFlag };
}

export function bandOf(thresholds: Thresholds): Band {
  const { bandLow: low, bandHigh: high, bandTolerance: tolerance } = thresholds;
  if (low === null || high === null || tolerance === null) {
    throw new RangeError("A band KPI needs bandLow, bandHigh and bandTolerance");
  }
  if (low > high || tolerance < 0) throw new RangeError("Band must have low ≤ high and a tolerance ≥ 0");
  return { low, high, tolerance };
}

/** How far `value` lies outside the band; negative inside (minus the distance to the nearest edge). */
export function bandDistance(band: Band, value: number): number {
  return Math.max(band.low - value, value - band.high);
}

/**
 * 0–10 score of one reading. Higher/lower: 10/3 · (1 + (A − R)/(G − R)), so the order of G and R
 * carries the direction. Band: the same line on the distance d with G = 0 and R = tolerance.
 */
export function kpiScore(thresholds: Thresholds, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError("A reading must be a finite number");
  if (thresholds.direction === "band") return bandScore(bandOf(thresholds), value);
  const { target, redFlag } = goalOf(thresholds);
  return clampScore(RED_FLAG_SCORE * (1 + (value - redFlag) / (target - redFlag)));
}

function bandScore(band: Band, value: number): number {
  const distance = bandDistance(band, value);
  // No tolerance means no scale to measure a distance against: inside scores as "on target",
  // outside is red at once, so the step is the only finite choice that keeps the status order.
  if (band.tolerance === 0) return distance <= 0 ? TARGET_SCORE : 0;
  return clampScore(RED_FLAG_SCORE * (2 - distance / band.tolerance));
}

/**
 * Status of one reading, by comparing the value with the thresholds themselves rather than the
 * rounded score, so a value exactly on the target is green and exactly on the red flag amber.
 * Equivalent to score ≥ 20/3 → green, ≥ 10/3 → amber, because the score is increasing in
 * (A − R)/(G − R) (band: decreasing in d) and clamping only touches scores below 10/3 or above 20/3.
 */
export function kpiStatus(thresholds: Thresholds, value: number | null): Status {
  if (value === null) return "none";
  if (thresholds.direction === "band") return bandStatus(bandOf(thresholds), value);
  const { target, redFlag } = goalOf(thresholds);
  const higherIsBetter = target > redFlag;
  const metTarget = higherIsBetter ? value >= target : value <= target;
  if (metTarget) return "green";
  const withinRedFlag = higherIsBetter ? value >= redFlag : value <= redFlag;
  return withinRedFlag ? "amber" : "red";
}

function bandStatus(band: Band, value: number): Status {
  if (value >= band.low && value <= band.high) return "green";
  if (value >= band.low - band.tolerance && value <= band.high + band.tolerance) return "amber";
  return "red";
}
