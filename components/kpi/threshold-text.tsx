import type { Thresholds } from "@/lib/domain/scoring/types";
import { formatValue } from "@/lib/format";

type WithUnit = Thresholds & { unit: string };

/** "≥ 97%", "≤ 2 hours", "60% – 80%": the target read in the KPI's direction. */
export function targetText(kpi: WithUnit): string {
  if (kpi.direction === "band") return `${formatValue(kpi.bandLow, kpi.unit)} – ${formatValue(kpi.bandHigh, kpi.unit)}`;
  return `${kpi.direction === "higher" ? "≥" : "≤"} ${formatValue(kpi.target, kpi.unit)}`;
}

/** "red < 90%", "red > 6 hours", "red beyond 10% outside the band". */
export function redFlagText(kpi: WithUnit): string {
  if (kpi.direction === "band") return `red beyond ${formatValue(kpi.bandTolerance, kpi.unit)} outside the band`;
  return `red ${kpi.direction === "higher" ? "<" : ">"} ${formatValue(kpi.redFlag, kpi.unit)}`;
}

/** Target above, red flag below: for tables of KPI definitions. */
export function ThresholdText({ kpi }: { kpi: WithUnit }) {
  return (
    <span>
      {targetText(kpi)}
      <span className="block text-xs text-slate-500">{redFlagText(kpi)}</span>
    </span>
  );
}
