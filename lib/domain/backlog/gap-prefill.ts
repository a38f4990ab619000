// What a proposal made from a KPI's gap starts with: the KPI, its current value as baseline, and
// the improvement that would reach the target.
import { toIsoDate } from "../periods";
import type { Direction } from "../scoring/types";

export interface GapKpi {
  code: string;
  name: string;
  unit: string;
  layer: "demand" | "supply" | "capability";
  direction: Direction;
  target: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  businessFunction: string | null;
}

export interface GapPrefill {
  title: string;
  problem: string;
  stream: "exploit" | "explore";
  businessFunction: string | null;
  kpis: {
    code: string;
    name: string;
    unit: string;
    expectedImprovement: number;
    baselineValue: number | null;
    baselinePeriod: string | null;
    target: number | null;
  }[];
}

export function gapPrefill(kpi: GapKpi, current: { value: number; period: Date } | null): GapPrefill {
  const target = kpi.direction === "band" ? null : kpi.target;
  return {
    title: `Close the gap on ${kpi.name}`,
    problem: current
      ? `${kpi.name} is ${current.value}${kpi.unit} (${toIsoDate(current.period)}) against a target of ${describeTarget(kpi)}.`
      : `${kpi.name} has no reading yet; its target is ${describeTarget(kpi)}.`,
    // Capability gaps are closed by building something new; process gaps by improving what runs.
    stream: kpi.layer === "capability" ? "explore" : "exploit",
    businessFunction: kpi.businessFunction,
    kpis: [
      {
        code: kpi.code,
        name: kpi.name,
        unit: kpi.unit,
        target,
        expectedImprovement: improvementToTarget(kpi, current?.value ?? null),
        baselineValue: current?.value ?? null,
        baselinePeriod: current ? toIsoDate(current.period) : null,
      },
    ],
  };
}

function describeTarget(kpi: GapKpi): string {
  return kpi.direction === "band" ? `${kpi.bandLow ?? "?"}–${kpi.bandHigh ?? "?"}${kpi.unit}` : `${kpi.target ?? "?"}${kpi.unit}`;
}

/** Distance from the current value to target, signed in the KPI's better direction; 0 when already there. */
function improvementToTarget(kpi: Pick<GapKpi, "direction" | "target" | "bandLow" | "bandHigh">, value: number | null): number {
  if (value === null) return 0;
  if (kpi.direction === "higher" && kpi.target !== null) return Math.max(0, kpi.target - value);
  if (kpi.direction === "lower" && kpi.target !== null) return Math.max(0, value - kpi.target);
  if (kpi.direction === "band" && kpi.bandLow !== null && kpi.bandHigh !== null)
    return value < kpi.bandLow ? kpi.bandLow - value : value > kpi.bandHigh ? value - kpi.bandHigh : 0;
  return 0;
}
