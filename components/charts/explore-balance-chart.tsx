"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BalanceBar {
  name: string;
  actual: number | null;
  target: number | null;
}

/** Explore share of committed effort per function, beside the share its demand profile asks for. */
export function ExploreBalanceChart({ rows }: { rows: BalanceBar[] }) {
  return (
    <div className="h-64 w-full" role="img" aria-label="Explore share of committed effort against the target share, per business function">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12, fill: "#64748b" }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: "#64748b" }} width={44} />
          <Tooltip formatter={(value) => (value === null ? "—" : `${Math.round(Number(value))}%`)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="actual" name="Explore share now" fill="#7c3aed" isAnimationActive={false} />
          <Bar dataKey="target" name="Target explore share" fill="#c4b5fd" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
