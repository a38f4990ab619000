import type { Metadata } from "next";
import { href } from "@/lib/href";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemandProfileTimeline } from "@/components/charts/demand-profile-timeline";
import { Fact, PostureBar } from "@/components/functions/demand-profile-parts";
import { DemandProfileForm } from "@/components/functions/demand-profile-form";
import { AsOfControl } from "@/components/scorecard/as-of-control";
import { ScorecardSummaryCard } from "@/components/scorecard/scorecard-summary-card";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getBusinessFunctionDetail } from "@/lib/db/business-functions";
import { profileInForce } from "@/lib/domain/demand-profile";
import { isInForce } from "@/lib/domain/scoring";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { AVAILABILITY_LABELS, CHANGE_CADENCE_LABELS, RISK_TOLERANCE_LABELS, demandPosture } from "@/lib/domain/vocabulary";
import { formatDate, formatNumber } from "@/lib/format";
import { asOfChoice, asOfQuerySchema } from "@/lib/schemas/as-of";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { loadSnapshots, scorecardSummaries } from "@/lib/scorecards";

type Params = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: parseCodeParam((await params).code) ?? "Business function" };
}

export default async function BusinessFunctionPage({ params, searchParams }: Params) {
  // Its scorecards are shown too, so the scorecard permission is needed as well.
  await requirePermission("function:read");
  const user = await requirePermission("scorecard:read");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const today = new Date();
  const query = parseSearchParams(asOfQuerySchema, await searchParams);
  const choice = asOfChoice(query);
  const fn = await getBusinessFunctionDetail(code);
  if (!fn) notFound();
  const { now, before } = await loadSnapshots(choice.asOf);
  const summaries = scorecardSummaries(now, before, fn.id);
  const profile = profileInForce(fn.profiles, choice.asOf);
  const asOf = choice.isToday ? null : toIsoDate(choice.asOf);
  const todayIso = toIsoDate(today);
  const inForceToday = profileInForce(fn.profiles, today);

  return (
    <>
      <PageHeader
        eyebrow={`${fn.valueChain.name} · ${fn.code}`}
        title={fn.name}
        description={fn.description || undefined}
        actions={
          <AsOfControl
            asOf={toIsoDate(choice.asOf)}
            today={toIsoDate(today)}
            isToday={choice.isToday}
            basePath={`/functions/${fn.code}`}
            invalid={choice.refused}
          />
        }
      />
      <RefusedFilters refused={query.refused} fallbacks={{ asOf: "today" }} />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.4fr]">
        <Card className="p-5">
          <h2 className="text-sm font-semibold">Demand profile {profile ? `in force since ${formatDate(profile.effectiveFrom)}` : ""}</h2>
          {profile ? (
            <>
              <PostureBar value={profile.controlFlexibility} />
              <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 text-sm">
                <Fact label="Risk tolerance" value={RISK_TOLERANCE_LABELS[profile.riskTolerance]} />
                <Fact label="Availability need" value={AVAILABILITY_LABELS[profile.availabilityNeed]} />
                <Fact label="Change cadence" value={CHANGE_CADENCE_LABELS[profile.changeCadence]} />
                <Fact label="Target explore share" value={`${profile.targetExploreShare}%`} />
                <Fact label="Users" value={formatNumber(profile.users)} />
                <Fact label="Transactions a day" value={formatNumber(profile.transactionsPerDay)} />
              </dl>
              {profile.peakTimes && <p className="mt-3 text-sm text-slate-600">Peak times: {profile.peakTimes}</p>}
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-500">No demand profile was in force on this date.</p>
          )}
        </Card>
        <Card>
          <CardHeader title="Business priorities" description="What this function asks of IT, by weight." />
          <ul className="divide-y divide-slate-100 text-sm">
            {fn.priorities.length === 0 && <li className="px-5 py-4 text-slate-500">Only firm-wide priorities apply.</li>}
            {fn.priorities.map((p) => (
              <li key={p.id} className="px-5 py-3">
                <p className="font-medium">
                  {p.title}
                  {!isInForce(p, choice.asOf) && (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">
                      {p.startsOn > choice.asOf ? "Not started" : "Ended"} · its KPIs are not anchored
                    </span>
                  )}
                </p>
                <p className="text-xs text-slate-500">
                  Weight {p.weight} · {formatDate(p.startsOn)} – {p.endsOn ? formatDate(p.endsOn) : "open-ended"}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <h2 className="mb-3 mt-8 text-base font-semibold">Its scorecards</h2>
      <div className="grid gap-4 lg:grid-cols-3">
        {summaries.map(({ card, trend }) => (
          <ScorecardSummaryCard key={card.kind} card={card} trend={trend} href={href(`/scorecards/${card.kind}`, { businessFunction: fn.code, asOf })} />
        ))}
      </div>
      <Card className="mt-8">
        <CardHeader
          title="Demand profile history"
          description="Profiles are never overwritten: each change takes effect on a date and the earlier ones stay. Scoring uses the profile in force on each day."
        />
        {fn.profiles.length > 0 && (
          <div className="border-b border-slate-100 px-5 py-4">
            <DemandProfileTimeline points={timelinePoints(fn.profiles, utcDay(today))} />
          </div>
        )}
        {can(user, "function:manage") && (
          <details id="re-profile" className="group border-b border-slate-100" open={fn.profiles.length === 0}>
            <summary className="cursor-pointer list-none px-5 py-3 text-sm font-semibold text-brand-700 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500">
              <span aria-hidden className="mr-1.5 inline-block transition-transform group-open:rotate-90">
                ›
              </span>
              {fn.profiles.length === 0 ? "Record this function’s first demand profile" : "Re-profile this function"}
            </summary>
            <DemandProfileForm code={fn.code} today={todayIso} current={inForceToday} first={fn.profiles.length === 0} />
          </details>
        )}
        {fn.profiles.length === 0 && (
          <p className="px-5 py-4 text-sm text-slate-500">
            No demand profile yet: until one is in force, its KPIs keep their own weights, with no emphasis on control or flexibility.
          </p>
        )}
        <Table caption="Demand profile versions" minWidthRem={48}>
          <thead>
            <tr>
              <Th>In force from</Th>
              <Th>Posture</Th>
              <Th>Risk</Th>
              <Th>Availability</Th>
              <Th align="right">Explore target</Th>
              <Th>Why</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="profile-history">
            {fn.profiles.map((p) => (
              <tr key={p.id}>
                <Td>
                  {formatDate(p.effectiveFrom)}
                  {p.effectiveFrom > today && <span className="block text-xs font-medium text-violet-700">Scheduled</span>}
                </Td>
                <Td>
                  {demandPosture(p.controlFlexibility)} · {p.controlFlexibility}/100
                </Td>
                <Td>{RISK_TOLERANCE_LABELS[p.riskTolerance]}</Td>
                <Td>{AVAILABILITY_LABELS[p.availabilityNeed]}</Td>
                <Td align="right">{p.targetExploreShare}%</Td>
                <Td className="max-w-sm text-slate-600">
                  {p.rationale || "—"}
                  {p.recordedBy && <span className="block text-xs text-slate-500">Recorded by {p.recordedBy.name}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <p className="mt-6 text-sm">
        <Link href="/functions" className="font-medium text-brand-700 hover:underline">
          ← All business functions
        </Link>
      </p>
    </>
  );
}

/** The profiles as steps from oldest to newest, held to today (or the last scheduled start) so the last one shows how long it has held. */
function timelinePoints(profiles: readonly { effectiveFrom: Date; controlFlexibility: number; targetExploreShare: number }[], today: Date) {
  const points = [...profiles]
    .sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())
    .map((p) => ({ day: p.effectiveFrom.getTime(), controlFlexibility: p.controlFlexibility, targetExploreShare: p.targetExploreShare }));
  const last = points.at(-1);
  if (last && last.day < today.getTime()) points.push({ ...last, day: today.getTime() });
  return points;
}
