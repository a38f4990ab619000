import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProcessEditForm, type EditableProcess } from "@/components/processes/process-edit-form";
import { ProcessIdentityForm } from "@/components/processes/process-identity-forms";
import { buttonClass } from "@/components/ui/buttons";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getProcessDetail, listPeopleToAssign } from "@/lib/db/processes";
import { assignable } from "@/components/processes/assignable";
import { mayHold } from "@/lib/services/processes";
import { STREAM_LABELS } from "@/lib/domain/vocabulary";
import { parseCodeParam } from "@/lib/schemas/code-param";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Edit ${parseCodeParam((await params).code) ?? "process"}` };
}

export default async function ProcessEditPage({ params }: Params) {
  const user = await requirePermission("process:read");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const process = await getProcessDetail(code);
  if (!process) notFound();
  // The current owner and accountable people stay choosable even once inactive, so a save that
  // does not change them never changes them by accident; the service then says who must change.
  const people = (await listPeopleToAssign([process.ownerId, ...process.monitoring.map((action) => action.accountableId)])).map(assignable);
  const owners = people.filter((person) => mayHold(person, "owner") || person.id === process.ownerId);
  const accountable = people.filter((person) => mayHold(person, "accountable") || process.monitoring.some((action) => action.accountableId === person.id));
  // Who owns it and what it is: those who appoint owners. Its documentation: its owner (or an admin).
  // Each save action checks again.
  const appoints = can(user, "process:manage");
  const documents = can(user, "process:update", { ownerId: process.ownerId });
  if (!appoints && !documents) await requirePermission("process:update", { ownerId: process.ownerId });
  const processHref = `/processes/${encodeURIComponent(process.code)}`;
  const editable: EditableProcess = {
    code: process.code,
    version: process.version,
    ownerEmail: process.owner.email,
    purpose: process.purpose,
    inputs: process.inputs,
    outputs: process.outputs,
    decisions: process.decisions,
    roles: process.roles,
    steps: process.steps.map((step) => ({ id: step.id, name: step.name, description: step.description, kpiCodes: step.kpis.map((kpi) => kpi.code) })),
    monitoring: process.monitoring.map(({ id, action, cadence, accountable }) => ({ id, action, cadence, accountableEmail: accountable.email })),
  };
  return (
    <>
      <PageHeader
        eyebrow={`${STREAM_LABELS[process.kind]} process · ${process.code}`}
        title={`Edit ${process.name}`}
        description={
          documents
            ? "Document the process as it runs. A step with KPIs mapped to it cannot be removed."
            : `${process.owner.name} documents the process; you can change what it is and who owns it.`
        }
        actions={
          <Link href={processHref} className={buttonClass}>
            Back to the process
          </Link>
        }
      />
      <div className="space-y-6">
        {appoints && (
          <Card>
            <CardHeader title="Process and owner" description="The owner is accountable for its governance, performance and maintenance." />
            <ProcessIdentityForm
              process={{
                code: process.code,
                version: process.version,
                name: process.name,
                kind: process.kind,
                framework: process.framework,
                ownerEmail: process.owner.email,
              }}
              people={owners}
            />
          </Card>
        )}
        {documents && (
          <Card>
            <CardHeader title="Process documentation" description={`Version ${process.version} · owner ${process.owner.name}`} />
            <ProcessEditForm process={editable} people={accountable} />
          </Card>
        )}
      </div>
    </>
  );
}
