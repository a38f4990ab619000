import type { Metadata } from "next";
import { href, kpiHref } from "@/lib/href";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiHistoryChart } from "@/components/charts/kpi-history-chart";
import { KpiLinks } from "@/components/kpi/kpi-links";
import { KpiLinkManager } from "@/components/kpi/kpi-link-manager";
import { KpiPlacement } from "@/components/kpi/kpi-placement";
import { ReadingEntryCard } from "@/components/readings/reading-entry-card";
import { ReadingHistoryTable } from "@/components/kpi/reading-history-table";
import { AsOfControl } from "@/components/scorecard/as-of-control";
import { ScoreText, StaleFlag, StatusBadge, TrendLabel, statusTextClass } from "@/components/scorecard/status";
import { redFlagText, targetText } from "@/components/kpi/threshold-text";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getKpiDetail } from "@/lib/db/kpi-detail";
import { toIsoDate } from "@/lib/domain/periods";
import { evaluateKpi, readingsAsOf, versionStates } from "@/lib/domain/scoring";
import { LAYER_LABELS, SCORECARD_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, formatValue } from "@/lib/format";
import { asOfChoice, asOfQuerySchema } from "@/lib/schemas/as-of";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { pageNumberSchema, parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

type Params = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

/** The as-of date and the page of the readings table. */
const kpiPageQuerySchema = asOfQuerySchema.extend({ page: pageNumberSchema });

const ROWS_PER_PAGE = 20;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: parseCodeParam((await params).code) ?? "KPI" };
}

export default async function KpiPage({ params, searchParams }: Params) {
  const user = await requirePermission("kpi:read");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const query = parseSearchParams(kpiPageQuerySchema, await searchParams);
  const today = new Date();
  const choice = asOfChoice(query);
  const kpi = await getKpiDetail(code, choice.asOf);
  if (!kpi) notFound();

  const counted = readingsAsOf(kpi.history, choice.asOf);
  const evaluation = evaluateKpi(kpi, counted, choice.asOf);
  const pageCount = Math.max(1, Math.ceil(kpi.history.length / ROWS_PER_PAGE));
  // A page past the end (a hand-edited URL) shows the last one rather than an empty table.
  const page = Math.min(pageCount, query.values.page);
  // States over the whole history: a period's versions may straddle two pages.
  const rows = versionStates(kpi.history, choice.asOf).slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
  const asOf = choice.isToday ? null : toIsoDate(choice.asOf);
  const band =
    kpi.direction === "band" && kpi.bandLow !== null && kpi.bandHigh !== null
      ? { low: kpi.bandLow, high: kpi.bandHigh, tolerance: kpi.bandTolerance ?? 0 }
      : null;

  return (
    <>
      <PageHeader
        eyebrow={`${LAYER_LABELS[kpi.layer]} KPI · ${SCORECARD_LABELS[kpi.scorecard]} · ${kpi.code}`}
        title={kpi.name}
        description={kpi.description || undefined}
        actions={
          <>
            {can(user, "kpi:manage") && (
              <Link href={`/kpis/${kpi.code}/edit`} className="rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">
                Edit definition
              </Link>
            )}
            <AsOfControl
              asOf={toIsoDate(choice.asOf)}
              today={toIsoDate(today)}
              isToday={choice.isToday}
              basePath={kpiHref(kpi.code)}
              invalid={choice.refused}
            />
          </>
        }
      />
      <RefusedFilters refused={query.refused} fallbacks={{ asOf: "today", page: "page 1" }} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="kpi-summary">
        <Card className="p-4">
          <p className="text-xs text-slate-500">Latest value {evaluation.period ? `· ${formatDate(evaluation.period)}` : ""}</p>
          <p className={`mt-1 text-2xl font-semibold tabular-nums ${statusTextClass(evaluation.status)}`} data-testid="kpi-value">
            {formatValue(evaluation.value, kpi.unit)}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <StatusBadge status={evaluation.status} />
            <StaleFlag stale={evaluation.stale} />
          </div>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-slate-500">Target</p>
          <p className="mt-1 text-2xl font-semibold">{targetText(kpi)}</p>
          <p className="mt-2 text-xs text-slate-500">{redFlagText(kpi)}</p>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-slate-500">Score</p>
          <ScoreText score={evaluation.score} className="mt-1 block text-2xl font-semibold" />
          <p className="mt-2">
            <TrendLabel trend={evaluation.trend} />
          </p>
        </Card>
        <Card className="p-4">
          <p className="text-xs text-slate-500">Forecast {kpi.indicatorType === "leading" ? "(leading indicator)" : ""}</p>
          <p className="mt-1 text-sm font-medium" data-testid="kpi-forecast">
            {evaluation.forecast
              ? `${evaluation.forecast.event === "reaches-target" ? "Reaches its target" : "Crosses its red flag"} by ${formatDate(evaluation.forecast.date)}`
              : "No crossing projected within six months at the recent trend."}
          </p>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader
          title="History"
          description={`Values that counted as of ${formatDate(choice.asOf)}; dashed lines mark the target and the red flag, amber dots a note.`}
        />
        <div className="p-4">
          {counted.length === 0 ? (
            <EmptyState title="No readings by this date" />
          ) : (
            <KpiHistoryChart
              points={[...counted].reverse().map((p) => ({ period: toIsoDate(p.period), value: p.value, note: p.note }))}
              unit={kpi.unit}
              target={kpi.target}
              redFlag={kpi.redFlag}
              band={band}
            />
          )}
        </div>
      </Card>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <KpiPlacement kpi={kpi} />
        <KpiLinks supports={kpi.supports} supportedBy={kpi.supportedBy} asOf={asOf} />
      </div>
      <KpiLinkManager user={user} code={kpi.code} />
      <ReadingEntryCard user={user} code={kpi.code} latestPeriod={kpi.history[0]?.period ?? null} />
      <Card className="mt-6">
        <CardHeader title="Readings" description="Every version is kept: a correction adds a version with who, when and why." />
        {kpi.history.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-500">No readings yet.</p>
        ) : (
          <>
            <ReadingHistoryTable rows={rows} unit={kpi.unit} />
            <div className="border-t border-slate-100">
              <Pagination page={page} pageCount={pageCount} total={kpi.history.length} hrefFor={(p) => href(kpiHref(kpi.code), { asOf, page: String(p) })} />
            </div>
          </>
        )}
      </Card>
      <p className="mt-6 text-sm">
        <Link href={href(`/scorecards/${kpi.scorecard}`, { asOf })} className="font-medium text-brand-700 hover:underline">
          ← {SCORECARD_LABELS[kpi.scorecard]} scorecard
        </Link>
      </p>
    </>
  );
}
