import type { Metadata } from "next";
import Link from "next/link";
import { CapabilityCreateForm } from "@/components/capabilities/capability-forms";
import { buttonClass } from "@/components/ui/buttons";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { parseCodeParam } from "@/lib/schemas/code-param";
import type { RawSearchParams } from "@/lib/schemas/search-params";
import { capabilityChoices } from "../choices";

export const metadata: Metadata = { title: "New capability" };

/** `?process=CODE` (from a process page) pre-selects the process the capability is for. */
export default async function NewCapabilityPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("capability:manage");
  const { processes, people } = await capabilityChoices(user);
  const asked = (await searchParams).process;
  const requested = typeof asked === "string" ? parseCodeParam(asked) : null;
  const process =
    processes.find((choice) => choice.code === requested)?.code ?? (processes.length === 1 && user.role === "process_owner" ? processes[0]?.code : "");
  // A process owner usually develops what their process needs: they are the default owner.
  const ownerEmail = people.find((person) => person.id === user.id)?.email ?? "";
  return (
    <>
      <PageHeader
        eyebrow="Capability layer"
        title="New capability"
        description="Name a capability a process needs, its kind and the maturity aimed at. Then record where it stands today with a first assessment."
        actions={
          <Link href="/capabilities" className={buttonClass}>
            Back to capabilities
          </Link>
        }
      />
      <Card>
        <CardHeader title="Capability" description="People, process or technology, TOGAF-style. The code is fixed once created." />
        <CapabilityCreateForm
          values={{ name: "", kind: "process", description: "", targetMaturity: 3, process: process ?? "", ownerEmail }}
          processes={processes}
          people={people}
        />
      </Card>
    </>
  );
}
