import type { Metadata } from "next";
import Link from "next/link";
import { ThresholdText } from "@/components/kpi/threshold-text";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterGroup } from "@/components/ui/filter-group";
import { primaryButtonClass } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listArchivedKpis } from "@/lib/db/kpi-definitions";
import { formatDate } from "@/lib/format";
import { listKpis } from "@/lib/db/kpis";
import { LAYERS, SCORECARD_KINDS } from "@/lib/domain/enums";
import { FREQUENCY_LABELS, INDICATOR_LABELS, LAYER_LABELS, SCORECARD_LABELS } from "@/lib/domain/vocabulary";
import { kpiCatalogueQuerySchema, type KpiCatalogueQuery } from "@/lib/schemas/kpi-filter";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "KPI catalogue" };

const PAGE_SIZE = 25;
/** Archived KPIs listed under the catalogue for those who may restore them; the most recent first. */
const ARCHIVED_SHOWN = 50;

function hrefFor(query: KpiCatalogueQuery, change: Partial<KpiCatalogueQuery>): string {
  const next = { ...query, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.layer) params.set("layer", next.layer);
  if (next.scorecard) params.set("scorecard", next.scorecard);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/kpis?${search}` : "/kpis";
}

export default async function KpiCataloguePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("kpi:read");
  const { values: query, refused } = parseSearchParams(kpiCatalogueQuerySchema, await searchParams);
  const [{ total, kpis }, archived] = await Promise.all([
    listKpis(query, query.page, PAGE_SIZE),
    can(user, "kpi:manage") ? listArchivedKpis(ARCHIVED_SHOWN) : Promise.resolve([]),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader
        eyebrow="Layered KPIs"
        title="KPI catalogue"
        description="Demand KPIs are anchored in a business priority; supply KPIs measure process performance; capability KPIs measure maturity."
        actions={
          // Executives and admins follow every owner's readings from here; owners have "My KPIs".
          can(user, "kpi:manage") ? (
            <>
              <Link href="/kpis/mine" className="rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">
                Readings due, by owner →
              </Link>
              <Link href="/kpis/new" className={primaryButtonClass}>
                New KPI
              </Link>
            </>
          ) : undefined
        }
      />
      <RefusedFilters refused={refused} fallbacks={{ layer: "every layer", scorecard: "every scorecard", page: "page 1" }} />
      <div className="mb-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <FilterGroup label="Layer" options={LAYERS} labels={LAYER_LABELS} current={query.layer} href={(layer) => hrefFor(query, { layer })} />
        <FilterGroup
          label="Scorecard"
          options={SCORECARD_KINDS}
          labels={SCORECARD_LABELS}
          current={query.scorecard}
          href={(scorecard) => hrefFor(query, { scorecard })}
        />
      </div>
      {kpis.length === 0 ? (
        <EmptyState title="No KPIs match these filters">
          <Link className="font-medium text-brand-600" href="/kpis">
            Show all KPIs
          </Link>
        </EmptyState>
      ) : (
        <Card>
          <Table caption="KPIs" minWidthRem={48}>
            <thead>
              <tr>
                <Th>KPI</Th>
                <Th>Layer</Th>
                <Th>Scorecard</Th>
                <Th>Target</Th>
                <Th>Cadence</Th>
                <Th>Owner</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {kpis.map((kpi) => (
                <tr key={kpi.id} className="hover:bg-slate-50/60">
                  <Td>
                    <span className="font-medium text-slate-900">{kpi.name}</span>
                    <span className="block font-mono text-xs text-slate-500">{kpi.code}</span>
                    {kpi.businessPriority && <span className="block text-xs text-slate-500">Priority: {kpi.businessPriority.title}</span>}
                  </Td>
                  <Td>
                    <Badge tone={kpi.layer === "demand" ? "brand" : "neutral"}>{LAYER_LABELS[kpi.layer]}</Badge>
                  </Td>
                  <Td>{SCORECARD_LABELS[kpi.scorecard]}</Td>
                  <Td>
                    <ThresholdText kpi={kpi} />
                  </Td>
                  <Td>
                    {FREQUENCY_LABELS[kpi.frequency]}
                    <span className="block text-xs text-slate-500">{INDICATOR_LABELS[kpi.indicatorType]}</span>
                  </Td>
                  <Td>{kpi.owner.name}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <div className="border-t border-slate-100">
            <Pagination
              page={query.page}
              pageCount={pageCount}
              total={total}
              hrefFor={(page) => hrefFor(query, { page, layer: query.layer, scorecard: query.scorecard })}
            />
          </div>
        </Card>
      )}
      {archived.length > 0 && (
        <details className="mt-6 text-sm" data-testid="archived-kpis">
          <summary className="cursor-pointer font-medium text-slate-700 hover:underline">Archived KPIs (latest {archived.length})</summary>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {archived.map((kpi) => (
              <li key={kpi.code}>
                <Link href={`/kpis/${kpi.code}/edit`} className="text-brand-700 hover:underline">
                  {kpi.name}
                </Link>{" "}
                <span className="font-mono text-xs text-slate-500">{kpi.code}</span>
                <span className="text-xs text-slate-500"> · archived {formatDate(kpi.archivedAt)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
