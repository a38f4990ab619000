import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { primaryButtonClass } from "@/components/ui/buttons";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listProcesses, type ProcessListRow } from "@/lib/db/processes";
import { utcDay } from "@/lib/domain/periods";
import type { Stream } from "@/lib/domain/enums";
import { plural } from "@/lib/format";
import { actionDue } from "@/lib/services/processes";

export const metadata: Metadata = { title: "Processes" };

type ProcessCard = ProcessListRow & { overdue: number };

export default async function ProcessesPage() {
  const user = await requirePermission("process:read");
  const today = utcDay(new Date());
  const processes: ProcessCard[] = (await listProcesses()).map((process) => ({
    ...process,
    overdue: process.monitoring.filter((action) => actionDue(action, today).state === "overdue").length,
  }));
  const creates = can(user, "process:manage");

  return (
    <>
      <PageHeader
        eyebrow="Process-management control system"
        title="Processes"
        description="Exploitative processes run and improve what exists; exploratory ones — missing from ITIL, COBIT and eTOM — find what comes next."
        actions={
          creates && (
            <Link href="/processes/new" className={`${primaryButtonClass} gap-1.5`}>
              <Plus aria-hidden className="size-4" /> New process
            </Link>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <ProcessColumn title="Exploit" tone="exploit" processes={processes.filter((p) => p.kind === "exploit")} creates={creates} />
        <ProcessColumn title="Explore" tone="explore" processes={processes.filter((p) => p.kind === "explore")} creates={creates} />
      </div>
    </>
  );
}

function ProcessColumn({ title, tone, processes, creates }: { title: string; tone: Stream; processes: ProcessCard[]; creates: boolean }) {
  return (
    <section aria-labelledby={`${tone}-heading`}>
      <h2 id={`${tone}-heading`} className="mb-3 flex items-center gap-2 text-sm font-semibold text-slate-700">
        <Badge tone={tone}>{title}</Badge> {plural(processes.length, "process", "processes")}
      </h2>
      {processes.length === 0 ? (
        <EmptyState title={`No ${tone}ative processes yet`}>
          {creates ? "Create one with New process and name its owner; the owner then documents its steps." : "An administrator or the CTO creates processes."}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {processes.map((process) => (
            <li key={process.id}>
              <Card className="relative p-4 hover:border-slate-300 focus-within:ring-2 focus-within:ring-brand-100">
                <div className="flex items-baseline justify-between gap-3">
                  <h3 className="font-semibold">
                    {/* The link's ::after covers the card, so the whole card opens the process page. */}
                    <Link href={`/processes/${encodeURIComponent(process.code)}`} className="after:absolute after:inset-0 focus:outline-none">
                      {process.name}
                    </Link>
                  </h3>
                  {process.framework && <span className="text-right text-xs text-slate-500">{process.framework}</span>}
                </div>
                <p className="mt-1 line-clamp-2 text-sm text-slate-600">{process.purpose}</p>
                {process.overdue > 0 && (
                  <p className="mt-2">
                    <Badge tone="red">{plural(process.overdue, "monitoring action")} overdue</Badge>
                  </p>
                )}
                <p className="mt-3 text-xs text-slate-500">
                  Owner {process.owner.name} · {plural(process._count.steps, "step")} ·{" "}
                  {plural(
                    process.steps.reduce((sum, step) => sum + step._count.kpis, 0),
                    "KPI",
                  )}{" "}
                  mapped · {plural(process.monitoring.length, "monitoring action")}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
