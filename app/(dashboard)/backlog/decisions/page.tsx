import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { DECISIONS_PAGE_SIZE, listDecisions } from "@/lib/db/initiative-decisions";
import { DECISION_KINDS } from "@/lib/domain/enums";
import { INITIATIVE_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { formatDate } from "@/lib/format";
import { href } from "@/lib/href";
import { decisionFiltersSchema } from "@/lib/schemas/initiative";
import { pageNumberSchema, parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Decision log" };

/** The CSV export's filters (the same schema) and the page of the log. */
const decisionLogQuerySchema = decisionFiltersSchema.extend({ page: pageNumberSchema });

export default async function DecisionLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("initiative:read");
  const { values, refused } = parseSearchParams(decisionLogQuerySchema, await searchParams);
  const { page, ...filters } = values;
  const { total, decisions } = await listDecisions(filters, page);
  const keep = { decision: filters.decision, initiative: filters.initiative, from: filters.from, to: filters.to };

  return (
    <>
      <PageHeader
        eyebrow="Governance board"
        title="Decision log"
        description="Every decision on every initiative, with its rationale, meeting date and who took it. Nothing is edited or removed."
        actions={
          <a
            href={href("/backlog/decisions/export", keep)}
            className="rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Export CSV
          </a>
        }
      />
      <RefusedFilters refused={refused} fallbacks={{ page: "page 1" }} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter decisions">
        <label>
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">Decision</span>
          <select name="decision" defaultValue={filters.decision ?? ""} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5">
            <option value="">All</option>
            {DECISION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">Initiative code</span>
          <input name="initiative" defaultValue={filters.initiative ?? ""} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5" />
        </label>
        <label>
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">From</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5" />
        </label>
        <label>
          <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">To</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5" />
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700">
          Filter
        </button>
      </form>
      {decisions.length === 0 ? (
        <EmptyState title="No decisions match these filters" />
      ) : (
        <Card>
          <Table caption="Board decisions" minWidthRem={52}>
            <thead>
              <tr>
                <Th>Meeting</Th>
                <Th>Initiative</Th>
                <Th>Decision</Th>
                <Th>Rationale</Th>
                <Th>Decided by</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {decisions.map((d) => (
                <tr key={d.id}>
                  <Td className="whitespace-nowrap">{formatDate(d.meetingDate)}</Td>
                  <Td>
                    <Link href={`/backlog/${d.initiativeId}`} className="font-mono text-xs text-brand-700 hover:underline">
                      {d.initiative.code}
                    </Link>
                  </Td>
                  <Td>
                    {d.decision}
                    {d.toStatus && <span className="block text-xs text-slate-500">→ {INITIATIVE_STATUS_LABELS[d.toStatus]}</span>}
                    {d.rank !== null && <span className="block text-xs text-slate-500">rank {d.rank}</span>}
                  </Td>
                  <Td className="max-w-md text-slate-700">{d.rationale}</Td>
                  <Td>{d.decidedBy.name}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <div className="border-t border-slate-100">
            <Pagination
              page={page}
              pageCount={Math.max(1, Math.ceil(total / DECISIONS_PAGE_SIZE))}
              total={total}
              hrefFor={(p) => href("/backlog/decisions", { ...keep, page: String(p) })}
            />
          </div>
        </Card>
      )}
    </>
  );
}
