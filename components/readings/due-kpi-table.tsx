import Link from "next/link";
import { StatusBadge } from "@/components/scorecard/status";
import { Table, Td, Th } from "@/components/ui/table";
import type { KpiWithDue } from "@/lib/db/overdue";
import { FREQUENCY_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, formatValue } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import { DueText } from "./due-badge";

/**
 * KPIs with their latest value, its status and whether a reading is owed, most urgent first.
 * `writable` says for which KPIs the viewer may enter readings, so the button is only offered there.
 */
export function DueKpiTable({ kpis, showOwner, writable }: { kpis: KpiWithDue[]; showOwner: boolean; writable: (kpi: KpiWithDue) => boolean }) {
  return (
    <Table caption="KPIs, most overdue first" minWidthRem={56}>
      <thead>
        <tr>
          <Th>KPI</Th>
          {showOwner && <Th>Owner</Th>}
          <Th align="right">Latest value</Th>
          <Th>Status</Th>
          <Th>Next reading</Th>
          <Th>Cadence</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="my-kpis">
        {kpis.map((kpi) => (
          <tr key={kpi.id} data-due={kpi.due.state}>
            <Td>
              <Link href={kpiHref(kpi.code)} className="font-medium text-brand-700 hover:underline">
                {kpi.name}
              </Link>
              <span className="block font-mono text-xs text-slate-500">{kpi.code}</span>
            </Td>
            {showOwner && <Td className="text-xs">{kpi.owner.name}</Td>}
            <Td align="right">
              {formatValue(kpi.latest?.value, kpi.unit)}
              <span className="block text-xs text-slate-500">{kpi.latest ? formatDate(kpi.latest.period) : "No reading yet"}</span>
            </Td>
            <Td>
              <StatusBadge status={kpi.status} />
            </Td>
            <Td>
              <DueText due={kpi.due} />
            </Td>
            <Td>{FREQUENCY_LABELS[kpi.frequency]}</Td>
            <Td align="right">
              {writable(kpi) && (
                <Link
                  href={`${kpiHref(kpi.code)}#enter-reading`}
                  className="whitespace-nowrap rounded-md bg-brand-600 px-3 py-1.5 text-xs font-semibold text-white hover:bg-brand-700"
                >
                  Enter reading
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
