import type { Metadata } from "next";
import { EndPriorityButton, PriorityCreateForm, PriorityEditForm } from "@/components/setup/priority-forms";
import { SetupBreadcrumb } from "@/components/setup/setup-breadcrumb";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listFunctionNames } from "@/lib/db/business-functions";
import { listPriorities, type PriorityRow } from "@/lib/db/priorities";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { endChoice } from "@/lib/domain/priority-window";
import { anchorOf } from "@/lib/domain/scoring/anchoring";
import { formatDate, formatNumber, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Business priorities" };

const STATUS: Record<"in-force" | "not-started" | "ended", { label: string; tone: BadgeTone }> = {
  "in-force": { label: "In force", tone: "green" },
  "not-started": { label: "Scheduled", tone: "brand" },
  ended: { label: "Ended", tone: "neutral" },
};

export default async function PrioritiesSetupPage() {
  await requirePermission("priority:manage");
  const today = utcDay(new Date());
  const yesterday = addDays(today, -1);
  const [priorities, functions] = await Promise.all([listPriorities(), listFunctionNames()]);
  const groups = new Map<string, { title: string; rows: PriorityRow[] }>();
  for (const priority of priorities) {
    const key = priority.businessFunction?.code ?? "";
    const group = groups.get(key) ?? { title: priority.businessFunction ? priority.businessFunction.name : "Firm-wide", rows: [] };
    group.rows.push(priority);
    groups.set(key, group);
  }
  return (
    <>
      <SetupBreadcrumb />
      <PageHeader
        eyebrow="Set-up"
        title="Business priorities"
        description="What the business wants now, firm-wide or for one function. A demand KPI counts on a scorecard only while its priority is in force; the heaviest priority is listed first."
      />
      <div className="space-y-6">
        <Card className="px-5 py-4">
          <Disclosure label="Add a priority" open={priorities.length === 0}>
            <p className="mb-4 text-xs text-slate-500">It may start on any day, also in the past, so a new organisation records where it stands.</p>
            <PriorityCreateForm functions={functions} today={toIsoDate(today)} />
          </Disclosure>
        </Card>
        {priorities.length === 0 && (
          <EmptyState title="No business priorities yet">
            Record what the business wants from IT now — for example “cut the cost of change by 20 % by March” — then anchor demand KPIs in each.
          </EmptyState>
        )}
        {[...groups.entries()].map(([key, group]) => (
          <Card key={key || "firm"}>
            <CardHeader
              title={group.title}
              description={key ? `Priorities of ${key}` : "Priorities for every function"}
              aside={<span className="text-xs text-slate-500">{plural(group.rows.length, "priority", "priorities")}</span>}
            />
            <ul className="divide-y divide-slate-100">
              {group.rows.map((priority) => {
                const anchor = anchorOf(priority, today);
                const status = STATUS[anchor === "no-priority" ? "ended" : anchor];
                const { canEnd, justEnded } = endChoice(priority, today);
                return (
                  <li key={priority.code} className="px-5 py-4" data-testid={`priority-${priority.code}`}>
                    <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                      <div className="min-w-0 flex-1">
                        <p className="text-sm font-medium text-slate-900">
                          {priority.title} <span className="font-mono text-xs font-normal text-slate-500">{priority.code}</span>
                        </p>
                        <p className="mt-0.5 text-xs text-slate-500">
                          {formatDate(priority.startsOn)} – {priority.endsOn ? formatDate(priority.endsOn) : "open-ended"} · weight{" "}
                          {formatNumber(priority.weight)} · {plural(priority._count.kpis, "demand KPI")}
                        </p>
                        {priority.description && <p className="mt-1 text-sm text-slate-600">{priority.description}</p>}
                      </div>
                      <div className="flex flex-wrap items-center gap-2 sm:max-w-sm sm:flex-col sm:items-end">
                        <Badge tone={status.tone}>{status.label}</Badge>
                        {(canEnd || justEnded) && (
                          <EndPriorityButton code={priority.code} version={priority.version} kpiCount={priority._count.kpis} canEnd={canEnd} />
                        )}
                      </div>
                    </div>
                    <Disclosure label={`Edit ${priority.code}`}>
                      <PriorityEditForm
                        yesterday={toIsoDate(yesterday)}
                        priority={{
                          code: priority.code,
                          title: priority.title,
                          description: priority.description,
                          weight: priority.weight,
                          startsOn: toIsoDate(priority.startsOn),
                          endsOn: priority.endsOn ? toIsoDate(priority.endsOn) : null,
                          version: priority.version,
                          started: priority.startsOn < today,
                        }}
                      />
                    </Disclosure>
                  </li>
                );
              })}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
