"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface HistoryPoint {
  period: string;
  value: number;
  note: string;
}

interface Props {
  points: HistoryPoint[];
  unit: string;
  target: number | null;
  redFlag: number | null;
  band: { low: number; high: number; tolerance: number } | null;
}

const month = new Intl.DateTimeFormat("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The full history of a KPI with its target and red flag drawn in, and notes marked on the line. */
export function KpiHistoryChart({ points, unit, target, redFlag, band }: Props) {
  const limits = band ? [band.low - band.tolerance, band.high + band.tolerance] : [target, redFlag];
  const values = points.map((p) => p.value).concat(limits.filter((v): v is number => typeof v === "number"));
  const domain = niceDomain(Math.min(...values), Math.max(...values));
  const noted = points.filter((p) => p.note.trim() !== "");

  return (
    <div className="h-80 w-full" role="img" aria-label={`History of the KPI in ${unit}, with target and red flag lines`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="period" tickFormatter={(v: string) => month.format(asDate(v))} tick={{ fontSize: 12, fill: "#64748b" }} minTickGap={24} />
          <YAxis
            domain={domain}
            tickCount={6}
            tick={{ fontSize: 12, fill: "#64748b" }}
            width={56}
            tickFormatter={(v: number) => Number(v.toPrecision(4)).toString()}
          />
          {band && (
            <ReferenceArea
              y1={band.low}
              y2={band.high}
              fill="#16a34a"
              fillOpacity={0.08}
              label={{ value: "Target band", position: "insideTopLeft", fontSize: 11, fill: "#15803d" }}
            />
          )}
          {band && <ReferenceLine y={band.low - band.tolerance} stroke="#b91c1c" strokeDasharray="4 3" />}
          {band && (
            <ReferenceLine
              y={band.high + band.tolerance}
              stroke="#b91c1c"
              strokeDasharray="4 3"
              label={{ value: "Red flag", position: "insideTopRight", fontSize: 11, fill: "#b91c1c" }}
            />
          )}
          {target !== null && !band && (
            <ReferenceLine
              y={target}
              stroke="#15803d"
              strokeDasharray="4 3"
              label={{ value: `Target ${target}`, position: "insideTopRight", fontSize: 11, fill: "#15803d" }}
            />
          )}
          {redFlag !== null && !band && (
            <ReferenceLine
              y={redFlag}
              stroke="#b91c1c"
              strokeDasharray="4 3"
              label={{ value: `Red flag ${redFlag}`, position: "insideBottomRight", fontSize: 11, fill: "#b91c1c" }}
            />
          )}
          <Tooltip
            formatter={(value) => [`${String(value)} ${unit}`, "Value"]}
            labelFormatter={(label) => {
              const period = typeof label === "string" ? label : "";
              const point = points.find((p) => p.period === period);
              return `${day.format(asDate(period))}${point?.note ? ` — ${point.note}` : ""}`;
            }}
          />
          <Line type="monotone" dataKey="value" stroke="#1f43ad" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          {noted.map((p) => (
            <ReferenceDot key={p.period} x={p.period} y={p.value} r={5} fill="#f59e0b" stroke="#fff" />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Round the axis out to whole steps (1, 2 or 5 × 10ⁿ) so its ticks read as plain numbers. */
function niceDomain(min: number, max: number): [number, number] {
  const span = max - min || Math.abs(max) || 1;
  const magnitude = 10 ** Math.floor(Math.log10(span / 5));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => span / s <= 6) ?? 10 * magnitude;
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}
