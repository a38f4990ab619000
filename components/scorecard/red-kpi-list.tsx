import Link from "next/link";
import { attentionList } from "@/lib/domain/scoring";
import type { Scorecard } from "@/lib/domain/scoring/types";
import { INITIATIVE_STATUS_LABELS, SCORECARD_LABELS } from "@/lib/domain/vocabulary";
import type { LinkedInitiative } from "@/lib/db/initiative-links";
import { formatValue } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import { StatusBadge, TrendLabel } from "./status";
import { targetText } from "@/components/kpi/threshold-text";

/** The top-level KPIs that are off track (then at risk), worst first. */
export function RedKpiList({
  cards,
  asOf,
  initiatives,
  limit = 6,
}: {
  cards: Scorecard[];
  asOf: string | null;
  /** Open initiatives per KPI id: shows what is being done about each gap. */
  initiatives: Map<number, LinkedInitiative[]>;
  limit?: number;
}) {
  const attention = attentionList(cards, limit);
  if (attention.length === 0) return <p className="px-5 py-6 text-sm text-slate-600">Every top-level KPI is on target.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="attention-list">
      {attention.map(({ node, kind }) => (
        <li key={node.kpi.code} className="flex items-start justify-between gap-3 px-5 py-3">
          <div className="min-w-0">
            <Link href={kpiHref(node.kpi.code, asOf)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {node.kpi.name}
            </Link>
            <p className="text-xs text-slate-500">
              {SCORECARD_LABELS[kind]} · {formatValue(node.value, node.kpi.unit)} against {targetText(node.kpi)}
            </p>
            <InitiativeTags initiatives={initiatives.get(node.kpi.id) ?? []} />
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1">
            <StatusBadge status={node.status} />
            <TrendLabel trend={node.trend} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function InitiativeTags({ initiatives }: { initiatives: LinkedInitiative[] }) {
  if (initiatives.length === 0) {
    return <p className="mt-1 text-xs font-medium text-red-700">No initiative addresses this gap</p>;
  }
  return (
    <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Initiatives working on it">
      {initiatives.map((initiative) => (
        <li key={initiative.id}>
          <Link
            href={`/backlog/${initiative.id}`}
            className="inline-flex items-center gap-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700 ring-1 ring-inset ring-brand-100 hover:underline"
          >
            <span className="font-mono">{initiative.code}</span> {INITIATIVE_STATUS_LABELS[initiative.status]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
