// Plain, consistent table styling; columns are given by the caller.
// `minWidthRem` keeps a wide table readable on a phone: it scrolls sideways instead of squeezing.
export function Table({ children, caption, minWidthRem = 0 }: { children: React.ReactNode; caption?: string; minWidthRem?: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full divide-y divide-slate-200 text-sm" style={{ minWidth: `${minWidthRem}rem` }}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
export function Th({ children, align = "left" }: { children?: React.ReactNode; align?: "left" | "right" }) {
  return (
    <th
      scope="col"
      className={`whitespace-nowrap bg-slate-50 px-4 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-500 ${
        align === "right" ? "text-right" : "text-left"
      }`}
    >
      {children}
    </th>
  );
}

export function Td({ children, align = "left", className = "" }: { children?: React.ReactNode; align?: "left" | "right"; className?: string }) {
  return <td className={`px-4 py-3 align-top ${align === "right" ? "text-right tabular-nums" : ""} ${className}`}>{children}</td>;
}
