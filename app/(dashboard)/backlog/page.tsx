import type { Metadata } from "next";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { listInitiatives } from "@/lib/db/initiatives";
import { INITIATIVE_STATUS_LABELS, METHODOLOGY_LABELS, STREAM_LABELS } from "@/lib/domain/vocabulary";
import { formatDate, formatNumber, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Improvement backlog" };

const STATUS_TONE: Record<keyof typeof INITIATIVE_STATUS_LABELS, BadgeTone> = {
  proposed: "neutral",
  triaged: "brand",
  approved: "brand",
  in_progress: "amber",
  done: "green",
  rejected: "red",
  deferred: "neutral",
};

export default async function BacklogPage() {
  await requirePermission("initiative:read");
  const initiatives = await listInitiatives();

  return (
    <>
      <PageHeader
        eyebrow="Disciplined improvement"
        title="Improvement backlog"
        description="Initiatives that close performance gaps, in the governance board's order. Ranking, decisions and outcome tracking come next."
      />
      {initiatives.length === 0 ? (
        <EmptyState title="No initiatives yet">Initiatives proposed from performance gaps appear here.</EmptyState>
      ) : (
        <Card>
          <Table caption="Improvement initiatives" minWidthRem={52}>
            <thead>
              <tr>
                <Th>Rank</Th>
                <Th>Initiative</Th>
                <Th>Status</Th>
                <Th>Method</Th>
                <Th>Stream</Th>
                <Th align="right">Effort</Th>
                <Th>Target date</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {initiatives.map((initiative) => (
                <tr key={initiative.id}>
                  <Td className="tabular-nums text-slate-500">{initiative.rank ?? "—"}</Td>
                  <Td>
                    <span className="font-medium">{initiative.title}</span>
                    <span className="block text-xs text-slate-500">
                      <span className="font-mono">{initiative.code}</span> · {initiative.owner.name}
                      {initiative.businessFunction && ` · ${initiative.businessFunction.name}`} · {plural(initiative._count.kpis, "KPI")}
                    </span>
                  </Td>
                  <Td>
                    <Badge tone={STATUS_TONE[initiative.status]}>{INITIATIVE_STATUS_LABELS[initiative.status]}</Badge>
                  </Td>
                  <Td>{METHODOLOGY_LABELS[initiative.methodology]}</Td>
                  <Td>
                    <Badge tone={initiative.stream}>{STREAM_LABELS[initiative.stream]}</Badge>
                  </Td>
                  <Td align="right">{formatNumber(initiative.effortWeeks)} pw</Td>
                  <Td>{formatDate(initiative.targetDate)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
