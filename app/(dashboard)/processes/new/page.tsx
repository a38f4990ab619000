import type { Metadata } from "next";
import Link from "next/link";
import { ProcessCreateForm } from "@/components/processes/process-identity-forms";
import { buttonClass } from "@/components/ui/buttons";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listPeopleToAssign } from "@/lib/db/processes";
import { assignable } from "@/components/processes/assignable";
import { mayHold } from "@/lib/services/processes";

export const metadata: Metadata = { title: "New process" };

export default async function NewProcessPage() {
  await requirePermission("process:manage");
  const owners = (await listPeopleToAssign()).map(assignable).filter((person) => mayHold(person, "owner"));
  return (
    <>
      <PageHeader
        eyebrow="Process-management control system"
        title="New process"
        description="Name the process and its owner. The owner then documents its purpose, steps and monitoring actions, and supply KPIs are mapped to its steps."
        actions={
          <Link href="/processes" className={buttonClass}>
            Back to processes
          </Link>
        }
      />
      <Card>
        <CardHeader title="Process" description="Exploit runs and improves what exists; explore finds what comes next. The code is fixed once created." />
        <ProcessCreateForm people={owners} />
      </Card>
    </>
  );
}
