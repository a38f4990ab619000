import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProcessEditForm, type EditableProcess } from "@/components/processes/process-edit-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getProcessDetail, listAccountableCandidates } from "@/lib/db/processes";
import { STREAM_LABELS } from "@/lib/domain/vocabulary";
import { parseCodeParam } from "@/lib/schemas/code-param";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Edit ${parseCodeParam((await params).code) ?? "process"}` };
}

export default async function ProcessEditPage({ params }: Params) {
  await requirePermission("process:read");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const [process, people] = await Promise.all([getProcessDetail(code), listAccountableCandidates()]);
  if (!process) notFound();
  // Only the owner (or an admin) reaches the form; the save action checks again.
  await requirePermission("process:update", { ownerId: process.ownerId });
  const processHref = `/processes/${encodeURIComponent(process.code)}`;
  const editable: EditableProcess = {
    code: process.code,
    version: process.version,
    purpose: process.purpose,
    inputs: process.inputs,
    outputs: process.outputs,
    decisions: process.decisions,
    roles: process.roles,
    steps: process.steps.map((step) => ({ id: step.id, name: step.name, kpiCodes: step.kpis.map((kpi) => kpi.code) })),
    monitoring: process.monitoring.map(({ action, cadence, accountableId }) => ({ action, cadence, accountableId })),
  };
  return (
    <>
      <PageHeader
        eyebrow={`${STREAM_LABELS[process.kind]} process · ${process.code}`}
        title={`Edit ${process.name}`}
        description="Document the process as it runs. A step with KPIs mapped to it cannot be removed."
        actions={
          <Link href={processHref} className="rounded-md px-3 py-2 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50">
            Back to the process
          </Link>
        }
      />
      <Card>
        <CardHeader title="Process documentation" description={`Version ${process.version} · owner ${process.owner.name}`} />
        <ProcessEditForm process={editable} people={people} />
      </Card>
    </>
  );
}
