"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ProfilePoint {
  /** Milliseconds since the epoch of the day the profile took effect (or of the chart's last day). */
  day: number;
  controlFlexibility: number;
  targetExploreShare: number;
}

const dayLabel = (ms: number) => new Date(ms).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/**
 * Control ↔ flexibility and the target explore share over time, as steps: a profile holds until
 * the next one takes effect. The history table below the chart carries the same figures as text.
 */
export function DemandProfileTimeline({ points }: { points: ProfilePoint[] }) {
  return (
    <div className="h-56 w-full" role="img" aria-label="Demand profile over time: control to flexibility position and target explore share">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="day" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={dayLabel} tick={{ fontSize: 12, fill: "#64748b" }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12, fill: "#64748b" }} width={36} />
          <Tooltip labelFormatter={(ms) => dayLabel(Number(ms))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            type="stepAfter"
            dataKey="controlFlexibility"
            name="Control (0) ↔ flexibility (100)"
            stroke="#0f172a"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="targetExploreShare"
            name="Target explore share (%)"
            stroke="#7c3aed"
            strokeWidth={2}
            strokeDasharray="5 3"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
