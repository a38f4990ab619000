import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiArchiveControl } from "@/components/kpi/kpi-archive-control";
import { KpiDefinitionForm } from "@/components/kpi/kpi-definition-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { utcDay } from "@/lib/domain/periods";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { kpiDefinitionHistory, kpiFormChoices } from "@/lib/services/kpi-definitions";

export const metadata: Metadata = { title: "Edit KPI" };

const ACTION_LABELS = { "kpi.create": "Created", "kpi.update": "Changed", "kpi.archive": "Archived", "kpi.restore": "Restored" } as const;

export default async function EditKpiPage({ params }: { params: Promise<{ code: string }> }) {
  await requirePermission("kpi:manage");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const [history, choices] = await Promise.all([kpiDefinitionHistory(code), kpiFormChoices(utcDay(new Date()))]);
  if (!history.ok) notFound();
  const { current: kpi, changes } = history.value;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={kpi.archived ? "/kpis" : `/kpis/${kpi.code}`} className="text-brand-700 hover:underline">
          ← {kpi.archived ? "KPI catalogue" : kpi.name}
        </Link>
      </nav>
      <PageHeader
        eyebrow={`Edit KPI · ${kpi.code} · version ${kpi.version}`}
        title={kpi.name}
        description="Definitions are not dated yet: a change shows in every view, past days included, and the history keeps what it was, who changed it, when and why. The code and layer are fixed."
        actions={kpi.archived ? <Badge tone="amber">Archived</Badge> : undefined}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card className="p-5">
          <KpiDefinitionForm kpi={kpi} choices={choices} />
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader
              title={kpi.archived ? "Archived" : "Archive"}
              description={kpi.archived ? "Off every scorecard; its readings and history stay." : "Never deleted: archiving keeps its readings and past views."}
            />
            <div className="p-5">
              <KpiArchiveControl code={kpi.code} version={kpi.version} archived={kpi.archived} />
            </div>
          </Card>
          <Card>
            <CardHeader title="History of the definition" description="Newest first." />
            {changes.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-500">No changes recorded since it was set up.</p>
            ) : (
              <ol className="divide-y divide-slate-100" data-testid="definition-history">
                {changes.map((change) => (
                  <li key={change.changedAt + change.action} className="px-5 py-3 text-sm">
                    <p className="font-medium text-slate-900">
                      {ACTION_LABELS[change.action]}
                      {change.action === "kpi.update" && change.changed.length > 0 && (
                        <span className="font-normal text-slate-600"> · {change.changed.join(", ")}</span>
                      )}
                    </p>
                    <p className="text-xs text-slate-500">
                      {new Date(change.changedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC ·{" "}
                      {change.changedBy ?? "outside the product"}
                    </p>
                    {change.reason && <p className="mt-1 text-slate-700">{change.reason}</p>}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
