import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CapabilityArchiveControl } from "@/components/capabilities/capability-archive-control";
import { CapabilityEditForm } from "@/components/capabilities/capability-forms";
import { buttonClass } from "@/components/ui/buttons";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getCapability } from "@/lib/db/capabilities";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { mayManageCapability } from "@/lib/services/capabilities";
import { capabilityChoices } from "../../choices";

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Edit ${parseCodeParam((await params).code) ?? "capability"}` };
}

export default async function EditCapabilityPage({ params }: Params) {
  const user = await requirePermission("capability:manage");
  const code = parseCodeParam((await params).code);
  if (!code) notFound();
  const capability = await getCapability(code);
  if (!capability) notFound();
  if (!mayManageCapability(user, capability)) redirect("/forbidden?need=capability%3Amanage");
  const { processes, people } = await capabilityChoices(user, { process: capability.process?.code ?? null, ownerId: capability.ownerId });
  const href = `/capabilities/${encodeURIComponent(capability.code)}`;
  const archived = capability.archivedAt !== null;
  return (
    <>
      <PageHeader
        eyebrow={`Capability · ${capability.code} · version ${capability.version}`}
        title={`Edit ${capability.name}`}
        description="Its code stays; what it is, the process that needs it and who develops it can change. Every save is kept in the audit log."
        actions={
          <Link href={href} className={buttonClass}>
            Back to the capability
          </Link>
        }
      />
      <div className="space-y-6">
        {!archived && (
          <Card>
            <CardHeader title="Capability" />
            <CapabilityEditForm
              code={capability.code}
              version={capability.version}
              values={{
                name: capability.name,
                kind: capability.kind,
                description: capability.description,
                targetMaturity: capability.targetMaturity,
                process: capability.process?.code ?? "",
                ownerEmail: capability.owner?.email ?? "",
              }}
              processes={processes}
              people={people}
            />
          </Card>
        )}
        <Card>
          <CardHeader
            title={archived ? "Archived" : "Archive"}
            description={
              archived
                ? "Restore it to edit it, assess it and offer it for capability KPIs again."
                : capability.kpis.length > 0
                  ? `Live KPIs still measure it (${capability.kpis.map((kpi) => kpi.code).join(", ")}): archive or move them first.`
                  : "Nothing is deleted: an archived capability keeps its assessments and can be restored."
            }
          />
          <div className="px-5 py-4">
            <CapabilityArchiveControl code={capability.code} version={capability.version} archived={archived} />
          </div>
        </Card>
      </div>
    </>
  );
}
