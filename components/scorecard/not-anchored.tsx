import Link from "next/link";
import { StatusBadge } from "@/components/scorecard/status";
import type { UnanchoredKpi } from "@/lib/domain/scoring";
import { formatDate, formatValue, plural } from "@/lib/format";
import { href } from "@/lib/href";

/** Why a demand KPI is outside the score on the as-of date, in one sentence. */
export function anchorReason({ anchor, priority }: UnanchoredKpi): string {
  if (!priority || anchor === "no-priority") return "It serves no business priority.";
  if (anchor === "not-started") return `Its priority “${priority.title}” starts on ${formatDate(priority.startsOn)}.`;
  return `Its priority “${priority.title}” ended on ${formatDate(priority.endsOn)}.`;
}

/**
 * The scorecard's demand KPIs whose priority is not in force on the as-of date: still measured and
 * shown with their latest figure, but left out of the score and the counts, so a lapsed priority
 * cannot pull the scorecard up or down.
 */
export function NotAnchoredKpis({ items, asOf, asOfParam }: { items: readonly UnanchoredKpi[]; asOf: Date; asOfParam: string | null }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="not-anchored-heading" className="mt-8 rounded-lg border border-dashed border-slate-300 bg-slate-50/60" data-testid="not-anchored">
      <div className="border-b border-dashed border-slate-300 px-5 py-3">
        <h2 id="not-anchored-heading" className="font-semibold text-slate-800">
          Not anchored on {formatDate(asOf)} · {plural(items.length, "KPI")}
        </h2>
        <p className="text-sm text-slate-600">
          A demand KPI counts only while its business priority is in force. These are left out of the score and the counts.
        </p>
      </div>
      <ul className="divide-y divide-slate-200 text-sm">
        {items.map((item) => (
          <li key={item.node.kpi.id} data-kpi={item.node.kpi.code} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
            <div className="min-w-0">
              <Link href={href(`/kpis/${item.node.kpi.code}`, { asOf: asOfParam })} className="font-medium text-slate-900 hover:underline">
                {item.node.kpi.name}
              </Link>
              <span className="text-slate-500"> · {item.node.kpi.code}</span>
              <p className="text-slate-600">{anchorReason(item)}</p>
            </div>
            <div className="flex items-center gap-3">
              <span className="tabular-nums text-slate-700">{formatValue(item.node.value, item.node.kpi.unit)}</span>
              <StatusBadge status={item.node.status} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
