import type { Metadata } from "next";
import { href } from "@/lib/href";
import Link from "next/link";
import { DemandSupplyHeatMap } from "@/components/functions/demand-supply-heat-map";
import { Fact, PostureBar } from "@/components/functions/demand-profile-parts";
import { AsOfControl } from "@/components/scorecard/as-of-control";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { listFunctionsWithProfile } from "@/lib/db/business-functions";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { toIsoDate } from "@/lib/domain/periods";
import { heatMap } from "@/lib/domain/scoring";
import { asOfChoice, asOfQuerySchema } from "@/lib/schemas/as-of";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { AVAILABILITY_LABELS, CHANGE_CADENCE_LABELS, RISK_TOLERANCE_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Business functions" };

export default async function BusinessFunctionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  // The heat map shows scores, so the scorecard permission is needed as well.
  await requirePermission("function:read");
  await requirePermission("scorecard:read");
  const today = new Date();
  const query = parseSearchParams(asOfQuerySchema, await searchParams);
  const choice = asOfChoice(query);
  const [functions, snapshot] = await Promise.all([listFunctionsWithProfile(choice.asOf), loadScoringSnapshot(choice.asOf)]);
  const asOf = choice.isToday ? null : toIsoDate(choice.asOf);
  const heatRows = heatMap(snapshot).flatMap(({ functionId, cells }) => {
    const fn = snapshot.functions.find((f) => f.id === functionId);
    return fn ? [{ code: fn.code, name: fn.name, controlFlexibility: fn.controlFlexibility, cells }] : [];
  });

  return (
    <>
      <PageHeader
        eyebrow="Business demand"
        title="Business functions"
        description="Each function's demand profile: where it sits between tight control and flexibility, and how well IT supply serves it on each scorecard."
        actions={<AsOfControl asOf={toIsoDate(choice.asOf)} today={toIsoDate(today)} isToday={choice.isToday} basePath="/functions" invalid={choice.refused} />}
      />
      <RefusedFilters refused={query.refused} fallbacks={{ asOf: "today" }} />
      {heatRows.length > 0 && (
        <Card className="mb-6">
          <CardHeader
            title="Demand vs supply"
            description="Each scorecard as seen by each function: its own and firm-wide KPIs, weighted by whether its profile emphasises control or flexibility."
          />
          <div className="p-3">
            <DemandSupplyHeatMap rows={heatRows} asOf={asOf} />
          </div>
        </Card>
      )}
      {functions.length === 0 ? (
        <EmptyState title="No business functions yet">Business functions and their demand profiles appear here once recorded.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {functions.map((fn) => (
            <Card key={fn.id} className="flex flex-col p-5">
              <div className="flex items-baseline justify-between gap-2">
                <h2 className="text-base font-semibold">
                  <Link href={href(`/functions/${fn.code}`, { asOf })} className="hover:text-brand-700 hover:underline">
                    {fn.name}
                  </Link>
                </h2>
                <span className="font-mono text-xs text-slate-500">{fn.code}</span>
              </div>
              <p className="text-xs text-slate-500">{fn.valueChain.name}</p>
              {fn.profile ? (
                <>
                  <PostureBar value={fn.profile.controlFlexibility} />
                  <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                    <Fact label="Risk tolerance" value={RISK_TOLERANCE_LABELS[fn.profile.riskTolerance]} />
                    <Fact label="Availability need" value={AVAILABILITY_LABELS[fn.profile.availabilityNeed]} />
                    <Fact label="Change cadence" value={CHANGE_CADENCE_LABELS[fn.profile.changeCadence]} />
                    <Fact label="Target explore share" value={`${fn.profile.targetExploreShare}%`} />
                  </dl>
                  <p className="mt-auto pt-4 text-xs text-slate-500">
                    Profile in force since {formatDate(fn.profile.effectiveFrom)} · {plural(fn._count.profiles, "version")} ·{" "}
                    {plural(fn._count.priorities, "priority", "priorities")} · {plural(fn._count.kpis, "KPI")}
                  </p>
                </>
              ) : (
                <p className="mt-4 text-sm text-slate-500">No demand profile in force yet.</p>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
