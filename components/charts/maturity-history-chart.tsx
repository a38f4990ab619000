"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface MaturityPoint {
  /** Milliseconds since the epoch of the assessed day (or of today, carrying the last level on). */
  day: number;
  level: number;
}

const dayLabel = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/**
 * Maturity as steps (a level holds until the next assessment) against the target. The assessment
 * list beside the chart carries the same figures as text.
 */
export function MaturityHistoryChart({ points, target }: { points: MaturityPoint[]; target: number }) {
  return (
    <div className="h-52 w-full" role="img" aria-label={`Maturity over time against the target of ${target}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 12, right: 20, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayLabel} tick={{ fontSize: 12, fill: "#64748b" }} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} tick={{ fontSize: 12, fill: "#64748b" }} width={28} />
          <Tooltip labelFormatter={(ms) => dayLabel(Number(ms))} formatter={(value) => [`Level ${String(value)}`, "Maturity"]} />
          <ReferenceLine
            y={target}
            stroke="#d97706"
            strokeDasharray="5 3"
            label={{ value: `Target ${target}`, position: "insideTopRight", fill: "#92400e", fontSize: 12 }}
          />
          <Line type="stepAfter" dataKey="level" name="Maturity" stroke="#2753d8" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
