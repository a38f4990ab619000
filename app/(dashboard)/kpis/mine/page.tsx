import type { Metadata } from "next";
import { z } from "zod";
import { redirect } from "next/navigation";
import { DueKpiTable } from "@/components/readings/due-kpi-table";
import { OwnerFilter } from "@/components/readings/owner-filter";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import { can, scopeOf } from "@/lib/auth/permissions";
import { listKpiOwners } from "@/lib/db/kpis";
import { listKpisByDue } from "@/lib/db/overdue";
import { plural } from "@/lib/format";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "My KPIs" };

type Props = { searchParams: Promise<RawSearchParams> };

/**
 * Whose KPIs an overseer looks at, by email. Any text is taken: one that names no owner gets its
 * own notice below ("Nobody with email … owns a KPI"), which says more than a refusal could.
 */
const myKpisQuerySchema = z.object({ owner: z.string().trim().toLowerCase().optional() });

/** Administrators and executives oversee everyone's readings; process owners only their own. */
function overseesEveryone(user: CurrentUser): boolean {
  return scopeOf(user, "reading:write") === "any" || can(user, "kpi:manage");
}

export default async function MyKpisPage({ searchParams }: Props) {
  const user = await requirePermission("kpi:read");
  const oversees = overseesEveryone(user);
  if (!oversees && !can(user, "reading:write")) redirect(`/forbidden?need=${encodeURIComponent("reading:write")}`);

  const owners = oversees ? await listKpiOwners() : [];
  const ownerParam = parseSearchParams(myKpisQuerySchema, await searchParams).values.owner;
  const requested = oversees ? (ownerParam ?? "") : "";
  const chosen = owners.find((owner) => owner.email.toLowerCase() === requested) ?? null;
  // An overseer with no (or an unknown) owner chosen sees the whole organisation.
  const ownerId = oversees ? (chosen?.id ?? null) : user.id;
  const kpis = await listKpisByDue(ownerId);
  const overdue = kpis.filter((kpi) => kpi.due.state === "overdue").length;
  const dueSoon = kpis.filter((kpi) => kpi.due.state === "due-soon").length;
  const whose = !oversees || chosen?.id === user.id ? "you own" : chosen ? `${chosen.name} owns` : "the organisation has";

  return (
    <>
      <PageHeader
        eyebrow={oversees ? "Readings across the organisation" : "Process owner"}
        title="My KPIs"
        description={`The KPIs ${whose}, overdue readings first. A reading is due at the end of its period plus a few days' grace.`}
        actions={oversees ? <OwnerFilter owners={owners} selected={chosen?.email ?? null} /> : undefined}
      />
      {requested !== "" && !chosen && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Nobody with email {requested} owns a KPI; showing the whole organisation.
        </p>
      )}
      {kpis.length === 0 ? (
        <EmptyState title={oversees ? "No KPIs here" : "You own no KPIs yet"}>An executive or administrator assigns KPI ownership.</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700" data-testid="due-summary">
            <strong className={overdue > 0 ? "text-red-700" : ""}>{plural(overdue, "overdue reading")}</strong> · {dueSoon} due within a week ·{" "}
            {plural(kpis.length, "KPI")}
          </p>
          <Card>
            <DueKpiTable kpis={kpis} showOwner={oversees && !chosen} writable={(kpi) => can(user, "reading:write", { ownerId: kpi.ownerId })} />
          </Card>
        </>
      )}
    </>
  );
}
