import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BenefitTable } from "@/components/backlog/benefit-table";
import { DecisionForm } from "@/components/backlog/decision-form";
import { CommentForm } from "@/components/backlog/small-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getInitiativeDetail } from "@/lib/db/initiatives";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { backlogRights, takesPartIn } from "@/lib/auth/backlog-rights";
import { RANKABLE_STATUSES, allowedTransitions, benefitRealisation, transitionProblems } from "@/lib/domain/backlog";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { INITIATIVE_STATUS_LABELS, METHODOLOGY_LABELS, STREAM_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, formatNumber } from "@/lib/format";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

/** `proposed` is set by the proposal form's redirect, to confirm the proposal here. */
const initiativeQuerySchema = z.object({ proposed: z.string().optional() });

export const metadata: Metadata = { title: "Initiative" };

const DECISION_LABELS: Record<string, string> = {
  triage: "Triage it",
  approve: "Approve it",
  reject: "Reject it",
  defer: "Defer it",
  start: "Start work",
  complete: "Mark it done",
  reopen: "Reopen it",
};

export default async function InitiativePage({ params, searchParams }: Params) {
  const user = await requirePermission("initiative:read");
  const query = parseSearchParams(initiativeQuerySchema, await searchParams);
  const id = Number((await params).id);
  const initiative = Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? await getInitiativeDetail(id) : null;
  if (!initiative) notFound();
  const today = utcDay(new Date());
  const snapshot = await loadScoringSnapshot(today);
  const outcome = benefitRealisation({ code: initiative.code, status: initiative.status, kpis: initiative.kpis }, snapshot);
  const choices = allowedTransitions(initiative.status)
    .filter((t) => transitionProblems({ ...initiative, kpiCount: initiative.kpis.length }, t.to, backlogRights(user, initiative)).length === 0)
    .map((t) => ({ decision: t.decision, label: DECISION_LABELS[t.decision] ?? t.decision }));
  const rankable = RANKABLE_STATUSES.includes(initiative.status) && can(user, "initiative:decide");
  const mayComment = takesPartIn(user, initiative);

  return (
    <>
      <PageHeader
        eyebrow={`${initiative.code} · ${METHODOLOGY_LABELS[initiative.methodology]} · ${STREAM_LABELS[initiative.stream]}`}
        title={initiative.title}
        description={initiative.businessFunction ? initiative.businessFunction.name : "Firm-wide"}
        actions={<Badge tone="brand">{INITIATIVE_STATUS_LABELS[initiative.status]}</Badge>}
      />
      {query.values.proposed && (
        <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Proposed. The governance board will triage it.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1.3fr_1fr]">
        <Card>
          <CardHeader title="Problem and root cause" />
          <dl className="space-y-3 px-5 py-4 text-sm">
            <div>
              <dt className="text-xs text-slate-500">Problem</dt>
              <dd>{initiative.problem}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">Root cause</dt>
              <dd>{initiative.rootCause ?? <span className="text-amber-800">Not stated yet — required before approval.</span>}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <CardHeader title="Plan" />
          <dl className="grid grid-cols-2 gap-3 px-5 py-4 text-sm">
            <Fact label="Owner" value={initiative.owner.name} />
            <Fact label="Sponsor" value={initiative.sponsor?.name ?? "—"} />
            <Fact label="Effort" value={`${formatNumber(initiative.effortWeeks)} person-weeks`} />
            <Fact label="Rank" value={initiative.rank === null ? "Not ranked" : String(initiative.rank)} />
            <Fact label="Time criticality" value={`${initiative.timeCriticality} / 10`} />
            <Fact label="Risk reduction" value={`${initiative.riskReduction} / 10`} />
            <Fact label="Target date" value={formatDate(initiative.targetDate)} />
            <Fact label="Orchestrates IT assets by" value={initiative.orchestration ?? "—"} />
            <Fact label="DMAIC phase" value={initiative.dmaicPhase ?? "—"} />
          </dl>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader
          title="Outcome on its KPIs"
          description={
            outcome.flagged ? "Done, but none of its KPIs moved: the benefit did not materialise." : "Baseline at approval against the latest value."
          }
        />
        <BenefitTable outcomes={outcome.kpis} />
      </Card>
      {(choices.length > 0 || rankable) && (
        <Card className="mt-6">
          <CardHeader title="Decide" description="Every decision is kept with its rationale, meeting date and who took it." />
          <DecisionForm initiativeId={initiative.id} version={initiative.version} choices={choices} today={toIsoDate(today)} rankable={rankable} />
        </Card>
      )}
      <Card className="mt-6">
        <CardHeader title="Decisions" description="Newest first." />
        {initiative.decisions.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-500">No decision yet.</p>
        ) : (
          <ol className="divide-y divide-slate-100 text-sm" data-testid="decision-log">
            {initiative.decisions.map((d) => (
              <li key={d.id} className="px-5 py-3">
                <p className="font-medium">
                  {d.decision}
                  {d.toStatus ? ` → ${INITIATIVE_STATUS_LABELS[d.toStatus]}` : ""}
                  {d.rank !== null ? ` · rank ${d.rank}` : ""}
                </p>
                <p className="text-slate-700">{d.rationale}</p>
                <p className="text-xs text-slate-500">
                  Meeting {formatDate(d.meetingDate)} · {d.decidedBy.name}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card className="mt-6">
        <CardHeader title="Comments" description="Oldest first." />
        {initiative.comments.length > 0 && (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="comments">
            {initiative.comments.map((c) => (
              <li key={c.id} className="px-5 py-3">
                <p>{c.body}</p>
                <p className="text-xs text-slate-500">
                  {c.author.name} · {formatDate(c.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {mayComment ? (
          <CommentForm initiativeId={initiative.id} />
        ) : (
          initiative.comments.length === 0 && <p className="px-5 py-4 text-sm text-slate-500">No comments yet.</p>
        )}
      </Card>
      <p className="mt-6 text-sm">
        <Link href="/backlog" className="font-medium text-brand-700 hover:underline">
          ← Backlog
        </Link>
      </p>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
