// The value a demo KPI reads for a period: its history path at that point in time plus noise
// that depends only on the KPI and the period, so values do not depend on generation order.
import { periodEnd, toIsoDate } from "@/lib/domain/periods";
import { monthsAgo } from "./calendar";
import type { KpiSeed, ReadingHistory } from "./kpi-seed";
import { gaussianish, rngFor } from "./random";

/** Linear interpolation along [months ago, value] way points (oldest first), flat outside them. */
export function pathValue(path: ReadingHistory["path"], ago: number): number {
  const first = path[0];
  if (!first) throw new Error("A reading history needs at least one way point");
  if (ago >= first[0]) return first[1];
  for (let i = 1; i < path.length; i++) {
    const older = path[i - 1] as readonly [number, number];
    const newer = path[i] as readonly [number, number];
    if (ago >= newer[0]) {
      const share = (older[0] - ago) / (older[0] - newer[0]);
      return older[1] + share * (newer[1] - older[1]);
    }
  }
  return (path[path.length - 1] ?? first)[1];
}

/** Rounds to a multiple of `precision` without binary noise (0.1 + 0.2 stays 0.3). */
export function roundTo(value: number, precision: number): number {
  const decimals = (String(precision).split(".")[1] ?? "").length;
  return Number((Math.round(value / precision) * precision).toFixed(decimals));
}

export function clampTo(history: ReadingHistory, value: number): number {
  return Math.min(history.max ?? Number.POSITIVE_INFINITY, Math.max(history.min ?? Number.NEGATIVE_INFINITY, value));
}

export function modelledValue(kpi: KpiSeed, period: Date, today: Date): number {
  const end = periodEnd(period, kpi.frequency);
  // Judge the period by its middle, so weekly and quarterly readings follow the same path.
  const middle = new Date((period.getTime() + end.getTime()) / 2);
  const trend = pathValue(kpi.history.path, monthsAgo(today, middle));
  const noise = gaussianish(rngFor(kpi.code, toIsoDate(period))) * kpi.history.noise;
  return roundTo(clampTo(kpi.history, trend + noise), kpi.history.precision);
}
