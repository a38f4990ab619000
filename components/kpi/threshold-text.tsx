import { formatValue } from "@/lib/format";

interface Thresholds {
  unit: string;
  direction: "higher" | "lower" | "band";
  target: number | null;
  redFlag: number | null;
  bandLow: number | null;
  bandHigh: number | null;
}

/** "≥ 99.5% (red < 98%)" — the target and red flag read in the KPI's own direction. */
export function ThresholdText({ kpi }: { kpi: Thresholds }) {
  if (kpi.direction === "band") {
    return (
      <span>
        {formatValue(kpi.bandLow, kpi.unit)} – {formatValue(kpi.bandHigh, kpi.unit)}
        <span className="block text-xs text-slate-500">within band</span>
      </span>
    );
  }
  const better = kpi.direction === "higher" ? "≥" : "≤";
  const worse = kpi.direction === "higher" ? "<" : ">";
  return (
    <span>
      {better} {formatValue(kpi.target, kpi.unit)}
      <span className="block text-xs text-slate-500">
        red {worse} {formatValue(kpi.redFlag, kpi.unit)}
      </span>
    </span>
  );
}
