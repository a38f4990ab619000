"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { ChevronRight } from "lucide-react";
import { Sparkline } from "@/components/charts/sparkline";
import { LAYER_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, formatValue } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import { ScoreText, StaleFlag, StatusBadge, TrendLabel } from "./status";
import { targetText } from "@/components/kpi/threshold-text";
import type { KpiNodeView } from "./view";

/**
 * Demand KPIs with the supply and capability KPIs behind them, expandable level by level. A list
 * of disclosure buttons (Tab, Enter, Space) rather than an ARIA tree, whose arrow-key model would
 * fight the links inside each row.
 */
/** `asOf` is null for today; links keep a past date. */
export function KpiTree({ nodes, asOf }: { nodes: KpiNodeView[]; asOf: string | null }) {
  return (
    <ul aria-label="KPIs and what supports them" className="divide-y divide-slate-100">
      {nodes.map((node) => (
        <KpiTreeItem key={node.code} node={node} depth={0} asOf={asOf} />
      ))}
    </ul>
  );
}

function KpiTreeItem({ node, depth, asOf }: { node: KpiNodeView; depth: number; asOf: string | null }) {
  const [open, setOpen] = useState(false);
  const hasChildren = node.children.length > 0;
  const groupId = useId();
  return (
    <li data-kpi={node.code} data-status={node.status}>
      <div
        className="grid grid-cols-[1.5rem_minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 py-3 pr-4 sm:grid-cols-[1.5rem_minmax(0,1fr)_7rem_9rem_7.5rem_6rem_4rem]"
        style={{ paddingLeft: `${0.75 + depth * 1.5}rem` }}
      >
        {hasChildren ? (
          <button
            type="button"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={`${open ? "Hide" : "Show"} what supports ${node.name}`}
            className="flex size-6 items-center justify-center rounded hover:bg-slate-100"
          >
            <ChevronRight aria-hidden className={`size-4 text-slate-500 transition-transform ${open ? "rotate-90" : ""}`} />
          </button>
        ) : (
          <span />
        )}
        <div className="min-w-0">
          <Link href={kpiHref(node.code, asOf)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
            {node.name}
          </Link>
          <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
            <span className="font-mono">{node.code}</span>
            <span>{LAYER_LABELS[node.layer]}</span>
            {node.indicatorType === "leading" && <span>Leading</span>}
            {node.forecast && <ForecastText forecast={node.forecast} />}
          </p>
        </div>
        <div className="justify-self-end sm:justify-self-start">
          <StatusBadge status={node.status} />
        </div>
        <div className="col-start-2 text-sm sm:col-start-auto">
          <span className="sr-only">Latest value </span>
          <span className="font-medium tabular-nums">{formatValue(node.value, node.unit)}</span>
          <span className="block text-xs text-slate-500">target {targetText(node)}</span>
        </div>
        <div className="hidden sm:block">
          <Sparkline
            points={node.series}
            target={node.direction === "band" ? null : node.target}
            redFlag={node.direction === "band" ? null : node.redFlag}
            label={`Recent values of ${node.name}`}
          />
        </div>
        <div className="col-start-2 flex flex-wrap items-center gap-2 sm:col-start-auto sm:block sm:space-y-1">
          <TrendLabel trend={node.trend} />
          <StaleFlag stale={node.stale} />
        </div>
        <div className="hidden text-right text-sm font-semibold sm:block">
          <span className="sr-only">Score </span>
          <ScoreText score={node.score} />
        </div>
      </div>
      {hasChildren && open && (
        <ul id={groupId} aria-label={`What supports ${node.name}`} className="divide-y divide-slate-100 border-t border-slate-100 bg-slate-50/60">
          {node.children.map((child) => (
            <KpiTreeItem key={child.code} node={child} depth={depth + 1} asOf={asOf} />
          ))}
        </ul>
      )}
    </li>
  );
}

function ForecastText({ forecast }: { forecast: NonNullable<KpiNodeView["forecast"]> }) {
  const when = formatDate(new Date(`${forecast.date}T00:00:00Z`));
  return forecast.event === "crosses-red-flag" ? (
    <span className="font-medium text-red-700">Forecast: crosses red flag by {when}</span>
  ) : (
    <span className="font-medium text-green-700">Forecast: reaches target by {when}</span>
  );
}
