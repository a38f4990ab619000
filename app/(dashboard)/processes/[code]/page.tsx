import type { Metadata } from "next";
import Link from "next/link";
import { MaturityMeter } from "@/components/capabilities/maturity-meter";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { z } from "zod";
import { assignable, type Assignable } from "@/components/processes/assignable";
import { CoordinationCreateForm, CoordinationEditForm } from "@/components/processes/coordination-forms";
import { MonitoringDoneForm } from "@/components/processes/monitoring-done-form";
import { MonitoringStatus } from "@/components/processes/monitoring-status";
import { Badge } from "@/components/ui/badge";
import { primaryButtonClass } from "@/components/ui/buttons";
import { Disclosure } from "@/components/ui/disclosure";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can, type Actor } from "@/lib/auth/permissions";
import { getProcessDetail, listMonitoringLog, listPeopleToAssign, type MonitoringLogRow, type ProcessDetail } from "@/lib/db/processes";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { CAPABILITY_KIND_LABELS, COORDINATION_LABELS, FREQUENCY_LABELS, INDICATOR_LABELS, STREAM_LABELS } from "@/lib/domain/vocabulary";
import { kpiHref } from "@/lib/href";
import { formatDate, plural } from "@/lib/format";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { mayManageCapability } from "@/lib/services/capabilities";
import { mayCoordinate } from "@/lib/services/coordination";
import { actionDue, mayLogMonitoring } from "@/lib/services/processes";

type Params = { params: Promise<{ code: string }>; searchParams: Promise<RawSearchParams> };

/** `created`: the create form lands here, and the page says what to do next. */
const querySchema = z.object({ created: z.literal("1").optional() });

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: parseCodeParam((await params).code) ?? "Process" };
}

export default async function ProcessPage({ params, searchParams }: Params) {
  const user = await requirePermission("process:read");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const process = await getProcessDetail(code);
  if (!process) notFound();
  const [log, query] = await Promise.all([listMonitoringLog(process.id), searchParams]);
  const { created } = parseSearchParams(querySchema, query).values;
  const documents = can(user, "process:update", { ownerId: process.ownerId });
  const editable = documents || can(user, "process:manage");
  // Whoever documents the process keeps its coordination mechanisms; the lead may be anyone active.
  const coordinationPeople = mayCoordinate(user, process) ? (await listPeopleToAssign()).map(assignable) : null;

  return (
    <>
      <PageHeader
        eyebrow={`${STREAM_LABELS[process.kind]} process · ${process.code}${process.framework ? ` · ${process.framework}` : ""}`}
        title={process.name}
        description={
          <>
            Owner <span className="font-medium text-slate-900">{process.owner.name}</span> — accountable for its governance, performance and maintenance.
          </>
        }
        actions={
          <>
            <Badge tone={process.kind}>{STREAM_LABELS[process.kind]}</Badge>
            {editable && (
              <Link href={`/processes/${encodeURIComponent(process.code)}/edit`} className={`${primaryButtonClass} gap-1.5`}>
                <Pencil aria-hidden className="size-4" /> Edit process
              </Link>
            )}
          </>
        }
      />
      {created && (
        <p role="status" className="mb-6 rounded-md bg-green-50 px-4 py-3 text-sm text-green-800" data-testid="created-message">
          {process.name} ({process.code}) created with {process.owner.name} as its owner.{" "}
          {documents
            ? "Document its steps and monitoring actions next (Edit process); supply KPIs are then mapped to its steps."
            : `${process.owner.name} documents its steps and monitoring actions next; supply KPIs are then mapped to its steps.`}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[1.4fr_1fr]">
        <div className="space-y-6">
          <Card>
            <CardHeader title="Purpose" />
            <p className="px-5 py-4 text-sm text-slate-700">{process.purpose || "No purpose written yet."}</p>
          </Card>
          <StepsCard steps={process.steps} />
          <MonitoringCard process={process} user={user} />
          <MonitoringLogCard log={log} />
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Documentation" description="Inputs, outputs, decisions and roles" />
            <dl className="grid gap-4 px-5 py-4 text-sm sm:grid-cols-2 xl:grid-cols-1">
              <DocList term="Inputs" items={process.inputs} />
              <DocList term="Outputs" items={process.outputs} />
              <DocList term="Decisions" items={process.decisions} />
              <DocList term="Roles" items={process.roles} />
            </dl>
          </Card>
          <CapabilitiesCard
            code={process.code}
            capabilities={process.capabilities}
            creates={mayManageCapability(user, { ownerId: null, process: { ownerId: process.ownerId } })}
          />
          {(process.coordination.length > 0 || coordinationPeople) && <CoordinationCard process={process} people={coordinationPeople} />}
        </div>
      </div>
    </>
  );
}

function DocList({ term, items }: { term: string; items: string[] }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-1">
        {items.length === 0 ? (
          <span className="text-slate-500">None documented</span>
        ) : (
          <ul className="list-disc space-y-0.5 pl-5 text-slate-700">
            {items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

function StepsCard({ steps }: { steps: ProcessDetail["steps"] }) {
  // Live KPIs only, as the process list counts them; archived ones are still listed, marked.
  const kpiCount = steps.reduce((sum, step) => sum + step.kpis.filter((kpi) => kpi.archivedAt === null).length, 0);
  return (
    <Card>
      <CardHeader title="Flow" description={`${plural(steps.length, "step")} in order · ${plural(kpiCount, "KPI")} mapped`} />
      {steps.length === 0 ? (
        <div className="p-5">
          <EmptyState title="No steps documented yet" />
        </div>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="process-steps">
          {steps.map((step) => (
            <li key={step.id} className="flex gap-4 px-5 py-4">
              <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold text-slate-700">
                {step.position}
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{step.name}</p>
                {step.description && <p className="mt-0.5 text-sm text-slate-600">{step.description}</p>}
                {step.kpis.length > 0 && (
                  <ul className="mt-2 flex flex-wrap gap-2" aria-label={`KPIs mapped to ${step.name}`}>
                    {step.kpis.map((kpi) => (
                      <li key={kpi.id}>
                        <Link
                          href={kpiHref(kpi.code)}
                          className="inline-flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1 text-xs hover:bg-slate-50"
                        >
                          <span className="font-medium text-slate-900">{kpi.name}</span>
                          <span className="font-mono text-slate-500">{kpi.code}</span>
                          <Badge tone={kpi.indicatorType === "leading" ? "brand" : "neutral"}>{INDICATOR_LABELS[kpi.indicatorType]}</Badge>
                          {kpi.archivedAt && <Badge tone="amber">Archived</Badge>}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function MonitoringCard({ process, user }: { process: ProcessDetail; user: Actor }) {
  const today = utcDay(new Date());
  const actions = process.monitoring.map((action) => ({ ...action, due: actionDue(action, today) }));
  const overdue = actions.filter((action) => action.due.state === "overdue").length;
  return (
    <Card>
      <CardHeader
        title="Monitoring actions"
        description={
          overdue > 0
            ? `${plural(overdue, "action")} overdue · each is owed once per week, month or quarter`
            : "What is checked, how often, and who is accountable · each is owed once per week, month or quarter"
        }
      />
      {actions.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No monitoring actions yet. The process owner adds them under Edit process.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="monitoring-actions">
          {actions.map((action) => (
            <li key={action.id} className="px-5 py-4 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="font-medium text-slate-900">{action.action}</p>
                <MonitoringStatus state={action.due.state} dueBy={action.due.dueBy} overdueSince={action.due.overdueSince} />
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {FREQUENCY_LABELS[action.cadence]} · accountable {action.accountable.name} · last done{" "}
                {action.due.lastDoneOn ? formatDate(action.due.lastDoneOn) : "never"}
              </p>
              {mayLogMonitoring(user, action, process.ownerId) && (
                <Disclosure label="Log as done…">
                  <MonitoringDoneForm
                    code={process.code}
                    actionId={action.id}
                    action={action.action}
                    today={toIsoDate(today)}
                    earliest={toIsoDate(utcDay(action.createdAt))}
                  />
                </Disclosure>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function MonitoringLogCard({ log }: { log: MonitoringLogRow[] }) {
  return (
    <Card>
      <CardHeader title="Monitoring log" description="The latest monitoring actions carried out, newest first" />
      {log.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">Nothing logged yet.</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm" aria-label="Monitoring log">
          {log.map((entry) => (
            <li key={entry.id} className="grid gap-x-4 gap-y-0.5 px-5 py-3 sm:grid-cols-[8rem_1fr]">
              <span className="font-medium tabular-nums text-slate-900">{formatDate(entry.doneOn)}</span>
              <span>
                <span className="text-slate-800">{entry.action.action}</span>
                <span className="block text-xs text-slate-500">
                  Logged by {entry.loggedBy.name}
                  {entry.note && <> · {entry.note}</>}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function CapabilitiesCard({ code, capabilities, creates }: { code: string; capabilities: ProcessDetail["capabilities"]; creates: boolean }) {
  return (
    <Card>
      <CardHeader
        title="Capabilities"
        description="People, process and technology capabilities this process needs (maturity 1–5)"
        aside={
          creates && (
            <Link
              href={`/capabilities/new?process=${encodeURIComponent(code)}`}
              className="whitespace-nowrap text-sm font-medium text-brand-700 hover:underline"
            >
              Add a capability
            </Link>
          )
        }
      />
      {capabilities.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No capabilities linked.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {capabilities.map((capability) => (
            <li key={capability.id} className="flex items-center justify-between gap-3 px-5 py-3">
              <span>
                <Link href={`/capabilities/${encodeURIComponent(capability.code)}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {capability.name}
                </Link>
                <span className="block font-mono text-xs text-slate-500">{capability.code}</span>
              </span>
              <span className="flex flex-wrap items-center justify-end gap-2 text-xs text-slate-600">
                <Badge>{CAPABILITY_KIND_LABELS[capability.kind]}</Badge>
                <MaturityMeter current={capability.assessments[0]?.level ?? null} target={capability.targetMaturity} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function CoordinationCard({ process, people }: { process: ProcessDetail; people: Assignable[] | null }) {
  const coordination = process.coordination;
  return (
    <Card>
      <CardHeader title="Coordination mechanisms" description="How the process is shared with its customer network" />
      {coordination.length === 0 && (
        <p className="px-5 py-4 text-sm text-slate-500">
          None yet. {people ? "Add a reference group, collaboration group, core group, feedback channel or modelling workshop." : ""}
        </p>
      )}
      <ul className="divide-y divide-slate-100 text-sm" data-testid="coordination">
        {coordination.map((mechanism) => (
          <li key={mechanism.id} className="px-5 py-3">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{mechanism.name}</span>
              <Badge>{COORDINATION_LABELS[mechanism.kind]}</Badge>
            </p>
            {mechanism.purpose && <p className="mt-0.5 text-slate-600">{mechanism.purpose}</p>}
            <p className="mt-1 text-xs text-slate-500">
              {[mechanism.cadence, mechanism.lead ? `Lead ${mechanism.lead.name}` : "", mechanism.participants.join(", ")].filter(Boolean).join(" · ")}
            </p>
            {people && (
              <Disclosure label={`Edit ${mechanism.name}`}>
                <CoordinationEditForm
                  code={mechanism.code}
                  version={mechanism.version}
                  values={{ ...mechanism, leadEmail: mechanism.lead?.email ?? "" }}
                  people={people}
                />
              </Disclosure>
            )}
          </li>
        ))}
      </ul>
      {people && (
        <div className="border-t border-slate-100 px-5 pb-4 pt-2">
          <Disclosure label="Add a coordination mechanism">
            <CoordinationCreateForm process={process.code} people={people} />
          </Disclosure>
        </div>
      )}
    </Card>
  );
}
