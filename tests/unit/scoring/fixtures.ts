// Builders for hand-made scoring inputs. Not a test file: shared by the scoring tests.
import { fromIsoDate } from "@/lib/domain/periods";
import type { Frequency } from "@/lib/domain/periods";
import type { KpiDefinition, ReadingPoint, Thresholds } from "@/lib/domain/scoring";

export const d = (iso: string): Date => fromIsoDate(iso);

export function higher(target: number, redFlag: number): Thresholds {
  return { direction: "higher", target, redFlag, bandLow: null, bandHigh: null, bandTolerance: null };
}

export function lower(target: number, redFlag: number): Thresholds {
  return { direction: "lower", target, redFlag, bandLow: null, bandHigh: null, bandTolerance: null };
}

export function band(low: number, high: number, tolerance: number): Thresholds {
  return { direction: "band", target: null, redFlag: null, bandLow: low, bandHigh: high, bandTolerance: tolerance };
}

/** A KPI with G = 10, R = 0 unless told otherwise, so its score is (10 + A) / 3. */
export function kpi(id: number, overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    id,
    code: `K-${id}`,
    name: `KPI ${id}`,
    unit: "pts",
    layer: "supply",
    scorecard: "operational",
    frequency: "weekly",
    indicatorType: "lagging",
    weight: 1,
    orientation: null,
    businessFunctionId: null,
    businessPriorityId: null,
    ownerName: "Owner",
    ...higher(10, 0),
    ...overrides,
  };
}

export function reading(period: string, value: number, version = 1, enteredAt?: string): ReadingPoint {
  return {
    period: d(period),
    value,
    note: "",
    version,
    enteredAt: enteredAt ? new Date(enteredAt) : d(period),
  };
}

/** Consecutive periods from `firstPeriod`, values oldest first; returned newest first like the engine expects. */
export function series(firstPeriod: string, values: readonly number[], frequency: Frequency = "weekly"): ReadingPoint[] {
  const start = d(firstPeriod);
  return values
    .map((value, i) => {
      const period =
        frequency === "weekly"
          ? new Date(start.getTime() + 7 * i * 86_400_000)
          : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (frequency === "monthly" ? i : 3 * i), 1));
      return { period, value, note: "", version: 1, enteredAt: period };
    })
    .reverse();
}
