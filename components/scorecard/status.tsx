import { CircleCheck, CircleMinus, ClockExclamationPoint, MoveRight, OctagonX, TrendingDown, TrendingUp, TriangleExclamationPoint } from "lucide-react";
import type { Status, Trend } from "@/lib/domain/scoring/types";

// Status is always told by icon and word as well as colour.
const STATUS = {
  green: { label: "On target", Icon: CircleCheck, tone: "bg-green-50 text-green-800 ring-green-200" },
  amber: { label: "At risk", Icon: TriangleExclamationPoint, tone: "bg-amber-50 text-amber-900 ring-amber-200" },
  red: { label: "Off track", Icon: OctagonX, tone: "bg-red-50 text-red-800 ring-red-200" },
  none: { label: "No data", Icon: CircleMinus, tone: "bg-slate-100 text-slate-600 ring-slate-200" },
} as const;

export const STATUS_LABELS: Record<Status, string> = { green: STATUS.green.label, amber: STATUS.amber.label, red: STATUS.red.label, none: STATUS.none.label };

export function StatusBadge({ status, size = "sm" }: { status: Status; size?: "sm" | "md" }) {
  const { label, Icon, tone } = STATUS[status];
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-md font-medium ring-1 ring-inset ${tone} ${
        size === "md" ? "px-2.5 py-1 text-sm" : "px-1.5 py-0.5 text-xs"
      }`}
    >
      <Icon aria-hidden className={size === "md" ? "size-4" : "size-3.5"} />
      {label}
    </span>
  );
}

export function statusTextClass(status: Status): string {
  return { green: "text-green-700", amber: "text-amber-700", red: "text-red-700", none: "text-slate-500" }[status];
}

const TREND = {
  improving: { label: "Improving", Icon: TrendingUp, tone: "text-green-700" },
  flat: { label: "Flat", Icon: MoveRight, tone: "text-slate-600" },
  worsening: { label: "Worsening", Icon: TrendingDown, tone: "text-red-700" },
} as const;

export function TrendLabel({ trend }: { trend: Trend | null }) {
  if (!trend) return <span className="text-xs text-slate-400">No trend yet</span>;
  const { label, Icon, tone } = TREND[trend];
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-medium ${tone}`}>
      <Icon aria-hidden className="size-3.5" />
      {label}
    </span>
  );
}

export function StaleFlag({ stale }: { stale: boolean }) {
  if (!stale) return null;
  return (
    <span
      title="The latest reading is older than the KPI's reporting frequency allows"
      className="inline-flex items-center gap-1 rounded bg-orange-50 px-1.5 py-0.5 text-xs font-medium text-orange-800 ring-1 ring-inset ring-orange-200"
    >
      <ClockExclamationPoint aria-hidden className="size-3.5" />
      Stale<span className="sr-only">: the latest reading is older than its reporting frequency allows</span>
    </span>
  );
}

/** A score out of 10, with one decimal; "—" without data. */
export function ScoreText({ score, className = "" }: { score: number | null; className?: string }) {
  return (
    <span className={`tabular-nums ${className}`}>
      {score === null ? "—" : score.toFixed(1)}
      <span className="text-[0.6em] font-normal text-slate-400">/10</span>
    </span>
  );
}
