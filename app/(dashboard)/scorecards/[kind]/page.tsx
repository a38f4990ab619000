import type { Metadata } from "next";
import { href } from "@/lib/href";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Printer } from "lucide-react";
import { AsOfControl } from "@/components/scorecard/as-of-control";
import { FunctionFilter } from "@/components/scorecard/function-filter";
import { KpiTree } from "@/components/scorecard/kpi-tree";
import { NotAnchoredKpis } from "@/components/scorecard/not-anchored";
import { ScoreText, StatusBadge, statusTextClass } from "@/components/scorecard/status";
import { toKpiNodeView } from "@/components/scorecard/view";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { toIsoDate } from "@/lib/domain/periods";
import { buildScorecard } from "@/lib/domain/scoring";
import { SCORECARD_KINDS, type ScorecardKind } from "@/lib/domain/enums";
import { SCORECARD_LABELS, SCORECARD_PURPOSE } from "@/lib/domain/vocabulary";
import { formatDate, plural } from "@/lib/format";
import { asOfChoice } from "@/lib/schemas/as-of";
import { scorecardQuerySchema } from "@/lib/schemas/scorecard-api";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

type Params = { params: Promise<{ kind: string }>; searchParams: Promise<RawSearchParams> };

function scorecardKind(value: string): ScorecardKind | undefined {
  return SCORECARD_KINDS.find((kind) => kind === value);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const kind = scorecardKind((await params).kind);
  return { title: kind ? `${SCORECARD_LABELS[kind]} scorecard` : "Scorecard" };
}

export default async function ScorecardPage({ params, searchParams }: Params) {
  await requirePermission("scorecard:read");
  const kind = scorecardKind((await params).kind);
  if (!kind) notFound();
  const query = parseSearchParams(scorecardQuerySchema, await searchParams);
  const today = new Date();
  const choice = asOfChoice(query);
  const snapshot = await loadScoringSnapshot(choice.asOf);
  const requestedFunction = query.values.businessFunction;
  const fn = snapshot.functions.find((f) => f.code === requestedFunction) ?? null;
  const unknownFunction = requestedFunction && !fn ? requestedFunction : null;
  const card = buildScorecard(snapshot, kind, fn?.id ?? null);
  const asOf = choice.isToday ? null : toIsoDate(choice.asOf);
  const base = `/scorecards/${kind}`;

  return (
    <>
      <PageHeader
        eyebrow={fn ? `${fn.name} · as of ${formatDate(choice.asOf)}` : `Whole firm · as of ${formatDate(choice.asOf)}`}
        title={`${SCORECARD_LABELS[kind]} scorecard`}
        description={`${SCORECARD_PURPOSE[kind]}. Open a KPI's arrow to see the supply and capability KPIs behind it.`}
        actions={
          <Link
            href={href(`${base}/board-pack`, { businessFunction: fn?.code, asOf })}
            className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
          >
            <Printer aria-hidden className="size-4" /> Board pack
          </Link>
        }
      />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-wrap items-end gap-6">
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Score</p>
            <div className="flex items-center gap-3">
              <ScoreText score={card.score} className={`text-3xl font-semibold ${statusTextClass(card.status)}`} />
              <StatusBadge status={card.status} size="md" />
            </div>
          </div>
          <p className="text-sm text-slate-600" data-testid="scorecard-counts">
            {plural(card.counts.red, "KPI")} off track · {card.counts.amber} at risk · {card.counts.stale} stale · {card.counts.none} without data
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <FunctionFilter basePath={base} functions={snapshot.functions} selected={fn?.code ?? null} asOf={asOf} />
          <AsOfControl
            asOf={toIsoDate(choice.asOf)}
            today={toIsoDate(today)}
            isToday={choice.isToday}
            basePath={base}
            keep={fn ? { businessFunction: fn.code } : {}}
            invalid={choice.refused}
          />
        </div>
      </div>
      <RefusedFilters refused={query.refused} fallbacks={{ asOf: "today", businessFunction: "the whole firm" }} />
      {unknownFunction && (
        <p role="alert" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          There is no business function with code “{unknownFunction}”: showing the whole firm.
        </p>
      )}
      {card.groups.length === 0 ? (
        <EmptyState title={card.notAnchored.length > 0 ? "No KPI on this scorecard is anchored on this date" : "No top-level KPIs on this scorecard"}>
          A demand KPI appears here once it is anchored in a business priority in force on the date and assigned to this scorecard.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          {card.groups.map((group) => (
            <Card key={group.priority.id}>
              <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
                <div>
                  <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Business priority</p>
                  <h2 className="font-semibold">{group.priority.title}</h2>
                </div>
                <div className="flex items-center gap-3">
                  <ScoreText score={group.score} className="text-lg font-semibold" />
                  <StatusBadge status={group.status} />
                </div>
              </div>
              <KpiTree nodes={group.kpis.map(toKpiNodeView)} asOf={asOf} />
            </Card>
          ))}
        </div>
      )}
      <NotAnchoredKpis items={card.notAnchored} asOf={choice.asOf} asOfParam={asOf} />
    </>
  );
}
