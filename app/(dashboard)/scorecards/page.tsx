import type { Metadata } from "next";
import { href } from "@/lib/href";
import Link from "next/link";
import { AsOfControl } from "@/components/scorecard/as-of-control";
import { PriorityEnablementList } from "@/components/scorecard/priority-enablement";
import { ScorecardSummaryCard } from "@/components/scorecard/scorecard-summary-card";
import { RedKpiList } from "@/components/scorecard/red-kpi-list";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { openInitiativesByKpi } from "@/lib/db/initiative-links";
import { listBacklog } from "@/lib/db/initiatives";
import { capabilityTraps } from "@/lib/domain/backlog";
import { InFlightList } from "@/components/backlog/in-flight-list";
import { toIsoDate } from "@/lib/domain/periods";
import { priorityEnablement } from "@/lib/domain/scoring";
import { formatDate } from "@/lib/format";
import { asOfChoice, asOfQuerySchema } from "@/lib/schemas/as-of";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { loadSnapshots, scorecardSummaries } from "@/lib/scorecards";

export const metadata: Metadata = { title: "Scorecards" };

export default async function ScorecardsOverviewPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("scorecard:read");
  const today = new Date();
  const query = parseSearchParams(asOfQuerySchema, await searchParams);
  const choice = asOfChoice(query);
  const [{ now, before }, initiatives, backlog] = await Promise.all([loadSnapshots(choice.asOf), openInitiativesByKpi(), listBacklog()]);
  const traps = capabilityTraps(backlog, now);
  const summaries = scorecardSummaries(now, before);
  const priorities = priorityEnablement(now);
  const asOf = choice.isToday ? null : toIsoDate(choice.asOf);

  return (
    <>
      <PageHeader
        eyebrow="Demand management"
        title="Balanced scorecards"
        description={`How IT enables the business, as of ${formatDate(choice.asOf)}: top-level KPIs anchored in business priorities, drilled down to the processes and capabilities behind them.`}
        actions={
          <AsOfControl asOf={toIsoDate(choice.asOf)} today={toIsoDate(today)} isToday={choice.isToday} basePath="/scorecards" invalid={choice.refused} />
        }
      />
      <RefusedFilters refused={query.refused} fallbacks={{ asOf: "today" }} />
      <div className="grid gap-4 lg:grid-cols-3">
        {summaries.map(({ card, trend }) => (
          <ScorecardSummaryCard key={card.kind} card={card} trend={trend} href={href(`/scorecards/${card.kind}`, { asOf })} />
        ))}
      </div>
      <div className="mt-6 grid gap-6 xl:grid-cols-[1.2fr_1fr]">
        <Card>
          <CardHeader title="Business priorities" description="How well IT enables each priority: the weighted score of the demand KPIs anchored in it." />
          <PriorityEnablementList priorities={priorities} functions={now.functions} />
        </Card>
        <Card>
          <CardHeader
            title="Where to look first"
            description="Top-level KPIs off track, worst first. Open one to see the processes and capabilities behind it."
            aside={
              <Link href={href("/functions", { asOf })} className="whitespace-nowrap text-xs font-medium text-brand-700 hover:underline">
                Demand vs supply by function →
              </Link>
            }
          />
          <RedKpiList cards={summaries.map((s) => s.card)} asOf={asOf} initiatives={initiatives} />
        </Card>
        <Card className="xl:col-span-2">
          <CardHeader
            title="Improvement in flight"
            description="Open initiatives and the KPIs they work on; capability traps (long in progress, KPIs not moving) first."
            aside={
              <Link href="/backlog" className="whitespace-nowrap text-xs font-medium text-brand-700 hover:underline">
                The board&rsquo;s backlog →
              </Link>
            }
          />
          <InFlightList initiatives={backlog} traps={traps} />
        </Card>
      </div>
    </>
  );
}
