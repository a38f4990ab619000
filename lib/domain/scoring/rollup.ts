// Roll-ups: weighted means that skip missing data (docs/scoring.md § Roll-up).
import { RED_FLAG_SCORE, TARGET_SCORE } from "./score";
import type { Status } from "./types";

export interface WeightedScore {
  score: number | null;
  weight: number;
}

/**
 * Weighted mean of the items that have a score. Missing data is left out, never counted as zero;
 * items without a positive finite weight carry nothing. Null when nothing is left.
 */
export function weightedMean(items: readonly WeightedScore[]): number | null {
  let total = 0;
  let weights = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const { score, weight } of items) {
    if (score === null || !Number.isFinite(score) || !(weight > 0) || !Number.isFinite(weight)) continue;
    total += score * weight;
    weights += weight;
    min = Math.min(min, score);
    max = Math.max(max, score);
  }
  if (weights === 0) return null;
  // Rounding in the sums can land an ulp outside the scores; a mean never should.
  return Math.min(max, Math.max(min, total / weights));
}

/**
 * Status of a rolled-up score, which has no raw value to compare: the same boundaries as a KPI,
 * 20/3 and 10/3 as exact fractions so that a KPI exactly on target rolls up green.
 */
export function statusForScore(score: number | null): Status {
  if (score === null) return "none";
  if (score >= TARGET_SCORE) return "green";
  if (score >= RED_FLAG_SCORE) return "amber";
  return "red";
}

/**
 * What a node contributes to its parent: its own score, or — when it has no reading of its own —
 * the roll-up of what supports it, so a gap in one layer does not hide the layers below.
 */
export function contributionOf(node: { score: number | null; supportScore: number | null }): number | null {
  return node.score ?? node.supportScore;
}
