import { formatValue } from "@/lib/format";

interface Thresholds {
  unit: string;
  direction: "higher" | "lower" | "band";
  target: number | null;
  bandLow: number | null;
  bandHigh: number | null;
}

/** "≥ 97%", "≤ 2 hours", "60% – 80%": the target read in the KPI's direction. */
export function targetText(kpi: Thresholds): string {
  if (kpi.direction === "band") return `${formatValue(kpi.bandLow, kpi.unit)} – ${formatValue(kpi.bandHigh, kpi.unit)}`;
  return `${kpi.direction === "higher" ? "≥" : "≤"} ${formatValue(kpi.target, kpi.unit)}`;
}
