"use client";

import { Line, LineChart, ReferenceLine, YAxis } from "recharts";

interface Props {
  points: { period: string; value: number }[];
  target?: number | null;
  redFlag?: number | null;
  label: string;
}

/** A small trend line with the target and red flag drawn faintly, so the shape reads at a glance. */
export function Sparkline({ points, target, redFlag, label }: Props) {
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  const values = points.map((p) => p.value).concat([target, redFlag].filter((v): v is number => typeof v === "number"));
  const domain: [number, number] = [Math.min(...values), Math.max(...values)];
  return (
    <div role="img" aria-label={label} className="h-8 w-28">
      {/* Fixed size: dozens of sparklines must not each watch their container for resizes. */}
      <LineChart width={112} height={32} data={points} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
        <YAxis hide domain={domain} />
        {typeof target === "number" && <ReferenceLine y={target} stroke="#15803d" strokeDasharray="2 2" strokeOpacity={0.6} />}
        {typeof redFlag === "number" && <ReferenceLine y={redFlag} stroke="#b91c1c" strokeDasharray="2 2" strokeOpacity={0.6} />}
        <Line type="monotone" dataKey="value" stroke="#1f43ad" strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
