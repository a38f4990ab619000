import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { z } from "zod";
import { AssessmentForm } from "@/components/capabilities/assessment-form";
import { MaturityStateBadge } from "@/components/capabilities/maturity-state";
import { MaturityHistoryChart } from "@/components/charts/maturity-history-chart";
import { Badge } from "@/components/ui/badge";
import { buttonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getCapability, type CapabilityDetail } from "@/lib/db/capabilities";
import { MATURITY_LABELS, maturityPath, maturityStanding, type MaturityStanding } from "@/lib/domain/maturity";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { CAPABILITY_KIND_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, plural } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { mayManageCapability } from "@/lib/services/capabilities";

type Params = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

/** Where the create and archive forms land, so the page can say what happened. */
const querySchema = z.object({ created: z.literal("1").optional(), archived: z.literal("1").optional(), restored: z.literal("1").optional() });

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: parseCodeParam((await params).code) ?? "Capability" };
}

export default async function CapabilityPage({ params, searchParams }: Params) {
  const user = await requirePermission("process:read");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const capability = await getCapability(code);
  if (!capability) notFound();
  const landed = parseSearchParams(querySchema, await searchParams).values;
  const today = utcDay(new Date());
  const standing = maturityStanding(capability.assessments, capability.targetMaturity, today);
  const manages = mayManageCapability(user, capability);
  const archived = capability.archivedAt !== null;

  return (
    <>
      <PageHeader
        eyebrow={`${CAPABILITY_KIND_LABELS[capability.kind]} capability · ${capability.code}`}
        title={capability.name}
        description={capability.description || undefined}
        actions={
          <>
            <Link href="/capabilities" className={buttonClass}>
              All capabilities
            </Link>
            {manages && (
              <Link href={`/capabilities/${encodeURIComponent(capability.code)}/edit`} className={`${primaryButtonClass} gap-1.5`}>
                <Pencil aria-hidden className="size-4" /> Edit capability
              </Link>
            )}
          </>
        }
      />
      <Landed capability={capability} landed={landed} manages={manages} />
      {archived && (
        <p role="note" className="mb-6 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
          Archived on {formatDate(capability.archivedAt)}: it is no longer offered for new capability KPIs. Its assessments stay below.
          {manages && " Restore it from Edit capability."}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <MaturityCard capability={capability} standing={standing} today={today} />
          <AssessmentsCard assessments={capability.assessments} />
        </div>
        <div className="space-y-6">
          <DetailsCard capability={capability} />
          {manages && !archived && (
            <Card>
              <CardHeader title="Record an assessment" description="A later assessment never overwrites an earlier one; one on the same day corrects it." />
              <div className="px-5 py-4">
                <AssessmentForm code={capability.code} today={toIsoDate(today)} assessor={user.name} level={standing.current} />
              </div>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

function Landed({ capability, landed, manages }: { capability: CapabilityDetail; landed: z.infer<typeof querySchema>; manages: boolean }) {
  const message = landed.created
    ? `${capability.name} (${capability.code}) created.${manages ? " Record its first maturity assessment next, then measure it with a capability KPI." : ""}`
    : landed.archived
      ? `${capability.name} is archived.`
      : landed.restored
        ? `${capability.name} is live again.`
        : null;
  if (!message) return null;
  return (
    <p role="status" className="mb-6 rounded-md bg-green-50 px-4 py-3 text-sm text-green-800" data-testid="landed-message">
      {message}
    </p>
  );
}

function MaturityCard({ capability, standing, today }: { capability: CapabilityDetail; standing: MaturityStanding; today: Date }) {
  const path = maturityPath(capability.assessments);
  const last = path.at(-1);
  // The last level holds until today, so the step line reaches the present.
  const points = path.map((a) => ({ day: a.assessedOn.getTime(), level: a.level }));
  if (last && last.assessedOn.getTime() < today.getTime()) points.push({ day: today.getTime(), level: last.level });
  return (
    <Card>
      <CardHeader title="Maturity" description="1 Initial · 2 Managed · 3 Defined · 4 Measured · 5 Optimising" />
      <div className="flex flex-wrap items-center gap-x-8 gap-y-3 px-5 pt-4">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Current</p>
          <p className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="current-maturity">
            {standing.current ?? "—"}
            <span className="ml-1 text-base font-normal text-slate-500">
              {standing.current === null ? "not assessed" : `of 5 · ${MATURITY_LABELS[standing.current]}`}
            </span>
          </p>
        </div>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Target</p>
          <p className="text-3xl font-semibold tabular-nums text-slate-900">
            {capability.targetMaturity}
            <span className="ml-1 text-base font-normal text-slate-500">{MATURITY_LABELS[capability.targetMaturity]}</span>
          </p>
        </div>
        <div className="space-y-1">
          <MaturityStateBadge state={standing.state} />
          <p className="text-xs text-slate-600">
            {standing.gap === null
              ? "Record an assessment to see where it stands."
              : standing.gap === 0
                ? "At or above its target."
                : `${plural(standing.gap, "level")} to go${standing.previous === null ? "" : `; the assessment before said ${standing.previous}`}.`}
          </p>
        </div>
      </div>
      {points.length > 0 ? (
        <div className="px-3 pb-3 pt-2">
          <MaturityHistoryChart points={points} target={capability.targetMaturity} />
        </div>
      ) : (
        <p className="px-5 py-6 text-sm text-slate-500">No assessments yet: the history starts with the first one.</p>
      )}
    </Card>
  );
}

function AssessmentsCard({ assessments }: { assessments: CapabilityDetail["assessments"] }) {
  return (
    <Card>
      <CardHeader title="Assessments" description={`${plural(assessments.length, "assessment")}, latest first`} />
      {assessments.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">None recorded yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm" data-testid="assessments">
          {assessments.map((assessment, index) => {
            const superseded = assessments.slice(0, index).some((later) => later.assessedOn.getTime() === assessment.assessedOn.getTime());
            return (
              <li key={assessment.id} className="grid gap-x-4 gap-y-1 px-5 py-3 sm:grid-cols-[7.5rem_9rem_1fr]">
                <span className="font-medium tabular-nums text-slate-900">{formatDate(assessment.assessedOn)}</span>
                <span className="whitespace-nowrap">
                  <Badge tone={superseded ? "neutral" : "brand"}>
                    Level {assessment.level} · {MATURITY_LABELS[assessment.level]}
                  </Badge>
                </span>
                <span className="text-slate-700">
                  {assessment.evidence}
                  <span className="block text-xs text-slate-500">
                    {assessment.assessor}
                    {assessment.recordedBy && ` · recorded by ${assessment.recordedBy.name}`}
                    {superseded && " · corrected by a later entry the same day"}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

function DetailsCard({ capability }: { capability: CapabilityDetail }) {
  return (
    <Card>
      <CardHeader title="Where it sits" />
      <dl className="grid grid-cols-[7rem_1fr] gap-x-4 gap-y-2.5 px-5 py-4 text-sm">
        <dt className="text-slate-500">Process</dt>
        <dd>
          {capability.process ? (
            <Link href={`/processes/${encodeURIComponent(capability.process.code)}`} className="text-brand-700 hover:underline">
              {capability.process.name}
            </Link>
          ) : (
            "Organisation-wide"
          )}
        </dd>
        <dt className="text-slate-500">Owner</dt>
        <dd>
          {capability.owner ? (
            <>
              {capability.owner.name}
              {!capability.owner.active && <span className="text-slate-500"> (inactive)</span>}
            </>
          ) : (
            <span className="text-slate-500">No owner yet</span>
          )}
        </dd>
        <dt className="text-slate-500">Measured by</dt>
        <dd>
          {capability.kpis.length === 0 ? (
            <span className="text-slate-500">No capability KPI yet</span>
          ) : (
            <ul className="space-y-1">
              {capability.kpis.map((kpi) => (
                <li key={kpi.code}>
                  <Link href={kpiHref(kpi.code)} className="text-brand-700 hover:underline">
                    {kpi.name}
                  </Link>{" "}
                  <span className="font-mono text-xs text-slate-500">{kpi.code}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </Card>
  );
}
