// The shape of a KPI in the seed catalogue, with the history its demo readings follow.
import type { IndicatorType, KpiFrequency, KpiLayer, ReadingSource, ScorecardKind } from "@/lib/generated/prisma/client";

/** Who owns KPIs: the CTO owns demand management, the two process owners their processes. */
export type KpiOwner = "cto" | "owner" | "owner2";

/**
 * How a KPI's readings move over the two years: `path` gives [months before today, value] way
 * points (linear between them, flat outside), `noise` the standard deviation around it.
 */
export interface ReadingHistory {
  path: readonly (readonly [number, number])[];
  noise: number;
  /** Readings are rounded to a multiple of this (0.1, 1, 20 for "one of five functions"…). */
  precision: number;
  min?: number;
  max?: number;
  source: ReadingSource;
  /** Readings stop this many periods before the last completed one: a deliberately stale KPI. */
  staleFor?: number;
}

export type Thresholds =
  { direction: "higher" | "lower"; target: number; redFlag: number } | { direction: "band"; bandLow: number; bandHigh: number; bandTolerance: number };

export type KpiSeed = Thresholds & {
  code: string;
  name: string;
  description: string;
  layer: KpiLayer;
  scorecard: ScorecardKind;
  unit: string;
  frequency: KpiFrequency;
  indicatorType: IndicatorType;
  weight: number;
  owner: KpiOwner;
  function?: string;
  /** Required for demand KPIs: a KPI is top-level only if a business priority drives it. */
  priority?: string;
  /** stepKey of the process step a supply KPI is mapped to. */
  step?: string;
  capability?: string;
  history: ReadingHistory;
};

export const higherIsBetter = (target: number, redFlag: number): Thresholds => ({ direction: "higher", target, redFlag });
export const lowerIsBetter = (target: number, redFlag: number): Thresholds => ({ direction: "lower", target, redFlag });
export const withinBand = (bandLow: number, bandHigh: number, bandTolerance: number): Thresholds => ({
  direction: "band",
  bandLow,
  bandHigh,
  bandTolerance,
});

/** Percentages stay within 0–100. */
export const PERCENT = { min: 0, max: 100 } as const;
