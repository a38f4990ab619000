import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { MaturityMeter } from "@/components/capabilities/maturity-meter";
import { MaturityStateBadge } from "@/components/capabilities/maturity-state";
import { Badge } from "@/components/ui/badge";
import { primaryButtonClass } from "@/components/ui/buttons";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterGroup } from "@/components/ui/filter-group";
import { PageHeader } from "@/components/ui/page-header";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { countArchivedCapabilities, listCapabilities } from "@/lib/db/capabilities";
import { CAPABILITY_KINDS, type CapabilityKind } from "@/lib/domain/enums";
import { maturityStanding } from "@/lib/domain/maturity";
import { utcDay } from "@/lib/domain/periods";
import { CAPABILITY_KIND_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, plural } from "@/lib/format";
import { capabilityListQuerySchema } from "@/lib/schemas/capability";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Capabilities" };

function hrefFor(query: { archived: boolean; kind?: CapabilityKind | undefined }): string {
  const params = new URLSearchParams();
  if (query.archived) params.set("archived", "true");
  if (query.kind) params.set("kind", query.kind);
  const search = params.toString();
  return search ? `/capabilities?${search}` : "/capabilities";
}

export default async function CapabilitiesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("process:read");
  const { values: query, refused } = parseSearchParams(capabilityListQuerySchema, await searchParams);
  const today = utcDay(new Date());
  const [rows, archivedCount] = await Promise.all([listCapabilities(query), countArchivedCapabilities()]);
  const capabilities = rows.map((row) => ({ ...row, standing: maturityStanding(row.assessments, row.targetMaturity, today) }));
  const belowTarget = capabilities.filter((c) => c.standing.gap !== null && c.standing.gap > 0).length;
  const unassessed = capabilities.filter((c) => c.standing.current === null).length;
  const creates = can(user, "capability:manage");

  return (
    <>
      <PageHeader
        eyebrow="Capability layer"
        title="Capabilities"
        description="The people, process and technology capabilities the processes need, each with a target maturity (1–5) and a history of assessments. Capability KPIs measure them."
        actions={
          creates && (
            <Link href="/capabilities/new" className={`${primaryButtonClass} gap-1.5`}>
              <Plus aria-hidden className="size-4" /> New capability
            </Link>
          )
        }
      />
      <RefusedFilters refused={refused} fallbacks={{ kind: "every kind", archived: "live capabilities" }} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm">
        <FilterGroup
          label="Kind"
          options={CAPABILITY_KINDS}
          labels={CAPABILITY_KIND_LABELS}
          current={query.kind}
          href={(kind) => hrefFor({ ...query, kind })}
        />
        <nav aria-label="Live or archived" className="flex gap-3">
          <Link href={hrefFor({ ...query, archived: false })} aria-current={query.archived ? undefined : "page"} className={tab(!query.archived)}>
            Live
          </Link>
          <Link href={hrefFor({ ...query, archived: true })} aria-current={query.archived ? "page" : undefined} className={tab(query.archived)}>
            Archived ({archivedCount.toLocaleString("en-GB")})
          </Link>
        </nav>
      </div>
      {!query.archived && capabilities.length > 0 && (
        <p className="mb-3 text-sm text-slate-600" data-testid="capability-summary">
          {plural(capabilities.length, "capability", "capabilities")} · {belowTarget.toLocaleString("en-GB")} below target ·{" "}
          {unassessed.toLocaleString("en-GB")} not assessed yet
        </p>
      )}
      {capabilities.length === 0 ? (
        <EmptyState title={query.archived ? "No archived capabilities" : query.kind ? "No capabilities of this kind" : "No capabilities yet"}>
          {query.archived || query.kind ? (
            <Link className="font-medium text-brand-700" href="/capabilities">
              Show all live capabilities
            </Link>
          ) : creates ? (
            "Create one with New capability, link it to the process that needs it and record its first maturity assessment."
          ) : (
            "Process owners and administrators record the capabilities their processes need."
          )}
        </EmptyState>
      ) : (
        <Card>
          <Table caption="Capabilities" minWidthRem={52}>
            <thead>
              <tr>
                <Th>Capability</Th>
                <Th>Kind</Th>
                <Th>Process and owner</Th>
                <Th>Maturity</Th>
                <Th>Standing</Th>
                <Th align="right">KPIs</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {capabilities.map((capability) => (
                <tr key={capability.id} className="hover:bg-slate-50/60">
                  <Td>
                    <Link
                      href={`/capabilities/${encodeURIComponent(capability.code)}`}
                      className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    >
                      {capability.name}
                    </Link>
                    <span className="block font-mono text-xs text-slate-500">{capability.code}</span>
                  </Td>
                  <Td>
                    <Badge>{CAPABILITY_KIND_LABELS[capability.kind]}</Badge>
                  </Td>
                  <Td>
                    {capability.process ? (
                      <Link href={`/processes/${encodeURIComponent(capability.process.code)}`} className="text-slate-800 hover:text-brand-700 hover:underline">
                        {capability.process.name}
                      </Link>
                    ) : (
                      <span className="text-slate-500">Organisation-wide</span>
                    )}
                    <span className="block text-xs text-slate-500">{capability.owner ? capability.owner.name : "No owner"}</span>
                  </Td>
                  <Td>
                    <MaturityMeter current={capability.standing.current} target={capability.targetMaturity} />
                    <span className="block text-xs text-slate-500">
                      {capability.assessments[0] ? `Assessed ${formatDate(capability.assessments[0].assessedOn)}` : "Never assessed"}
                    </span>
                  </Td>
                  <Td>
                    <MaturityStateBadge state={capability.standing.state} />
                  </Td>
                  <Td align="right">{capability.kpis.length}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}

const tab = (active: boolean) =>
  `border-b-2 pb-1 font-medium ${active ? "border-brand-600 text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`;
