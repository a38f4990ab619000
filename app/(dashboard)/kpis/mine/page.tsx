import type { Metadata } from "next";
import { ThresholdText } from "@/components/kpi/threshold-text";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { listOwnedKpisWithLatestReading } from "@/lib/db/kpis";
import { FREQUENCY_LABELS, LAYER_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, formatValue } from "@/lib/format";

export const metadata: Metadata = { title: "My KPIs" };

export default async function MyKpisPage() {
  const user = await requirePermission("reading:write");
  const kpis = await listOwnedKpisWithLatestReading(user.id);

  return (
    <>
      <PageHeader
        eyebrow="Process owner"
        title="My KPIs"
        description="The KPIs you own and their latest readings. Entering readings by hand, by file and by API comes next."
      />
      {kpis.length === 0 ? (
        <EmptyState title="You own no KPIs yet">An executive or administrator assigns KPI ownership.</EmptyState>
      ) : (
        <Card>
          <Table caption="KPIs I own" minWidthRem={48}>
            <thead>
              <tr>
                <Th>KPI</Th>
                <Th>Layer</Th>
                <Th>Target</Th>
                <Th align="right">Latest value</Th>
                <Th>Period</Th>
                <Th>Cadence</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="my-kpis">
              {kpis.map((kpi) => (
                <tr key={kpi.id}>
                  <Td>
                    <span className="font-medium">{kpi.name}</span>
                    <span className="block font-mono text-xs text-slate-500">{kpi.code}</span>
                  </Td>
                  <Td>
                    <Badge>{LAYER_LABELS[kpi.layer]}</Badge>
                  </Td>
                  <Td>
                    <ThresholdText kpi={kpi} />
                  </Td>
                  <Td align="right">{formatValue(kpi.latest?.value, kpi.unit)}</Td>
                  <Td>{kpi.latest ? formatDate(kpi.latest.period) : <span className="text-slate-500">No reading yet</span>}</Td>
                  <Td>{FREQUENCY_LABELS[kpi.frequency]}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
