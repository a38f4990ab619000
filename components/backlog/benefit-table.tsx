import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { KpiOutcome } from "@/lib/domain/backlog";
import { formatNumber, formatValue } from "@/lib/format";
import { kpiHref } from "@/lib/href";

/** Baseline (at approval) against the latest value, per linked KPI, and whether the promise was kept. */
export function BenefitTable({ outcomes }: { outcomes: KpiOutcome[] }) {
  if (outcomes.length === 0) return <p className="px-5 py-4 text-sm text-slate-500">No KPI is linked yet.</p>;
  return (
    <Table caption="Benefit realisation" minWidthRem={44}>
      <thead>
        <tr>
          <Th>KPI</Th>
          <Th align="right">Baseline</Th>
          <Th align="right">Latest</Th>
          <Th align="right">Expected</Th>
          <Th>Outcome</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="benefit-table">
        {outcomes.map((o) => (
          <tr key={o.kpi.id}>
            <Td>
              <Link href={kpiHref(o.kpi.code)} className="font-medium hover:text-brand-700 hover:underline">
                {o.kpi.name}
              </Link>
              <span className="block font-mono text-xs text-slate-500">{o.kpi.code}</span>
            </Td>
            <Td align="right">
              {formatValue(o.baselineValue, o.kpi.unit)}
              <span className="block text-xs text-slate-500">score {o.baselineScore === null ? "—" : formatNumber(Math.round(o.baselineScore * 10) / 10)}</span>
            </Td>
            <Td align="right">
              {formatValue(o.latestValue, o.kpi.unit)}
              <span className="block text-xs text-slate-500">score {o.latestScore === null ? "—" : formatNumber(Math.round(o.latestScore * 10) / 10)}</span>
            </Td>
            <Td align="right">{formatValue(o.expectedImprovement, o.kpi.unit)} better</Td>
            <Td>
              {o.reached ? <Badge tone="green">Reached</Badge> : o.improved ? <Badge tone="amber">Improving</Badge> : <Badge tone="red">Not moved</Badge>}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
