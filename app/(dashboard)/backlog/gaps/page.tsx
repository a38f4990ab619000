import type { Metadata } from "next";
import Link from "next/link";
import { targetText } from "@/components/kpi/threshold-text";
import { StatusBadge } from "@/components/scorecard/status";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listInitiativeLinks } from "@/lib/db/initiative-links";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { findGaps, isFinding, type PerformanceGap } from "@/lib/domain/backlog";
import { utcDay } from "@/lib/domain/periods";
import { LAYER_LABELS, SCORECARD_LABELS } from "@/lib/domain/vocabulary";
import { formatNumber, formatValue, plural } from "@/lib/format";
import { kpiHref } from "@/lib/href";

export const metadata: Metadata = { title: "Performance gaps" };

export default async function GapsPage() {
  const user = await requirePermission("initiative:read");
  const [snapshot, links] = await Promise.all([loadScoringSnapshot(utcDay(new Date())), listInitiativeLinks()]);
  const gaps = findGaps(snapshot, links);
  const findings = gaps.filter(isFinding);
  const mayPropose = can(user, "initiative:propose");

  return (
    <>
      <PageHeader
        eyebrow="Disciplined improvement"
        title="Performance gaps"
        description="Every KPI off track or at risk, or forecast to cross its red flag, biggest weighted gap first. A red KPI that no open initiative addresses is a finding."
      />
      <Card className="mb-6 border-red-200">
        <CardHeader
          title={findings.length === 0 ? "No unaddressed red gaps" : `${plural(findings.length, "red KPI")} with no initiative`}
          description="Open initiatives are those proposed, triaged, approved or in progress."
        />
        {findings.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-600">Every red KPI has an open initiative working on it.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="unaddressed-gaps">
            {findings.map((gap) => (
              <li key={gap.kpi.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div>
                  <Link href={kpiHref(gap.kpi.code)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {gap.kpi.name}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {formatValue(gap.value, gap.kpi.unit)} against {targetText(gap.kpi)} · owner {gap.kpi.ownerName}
                  </p>
                </div>
                {mayPropose && <ProposeLink code={gap.kpi.code} name={gap.kpi.name} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {gaps.length === 0 ? (
        <EmptyState title="No performance gaps">Every KPI meets its target and none is forecast to cross its red flag.</EmptyState>
      ) : (
        <Card>
          <CardHeader title="All gaps" description={`${plural(gaps.length, "KPI")}; gap in score is how far below 6.7 (target met) the score sits.`} />
          <GapTable gaps={gaps} mayPropose={mayPropose} />
        </Card>
      )}
    </>
  );
}

function GapTable({ gaps, mayPropose }: { gaps: PerformanceGap[]; mayPropose: boolean }) {
  return (
    <Table caption="Performance gaps" minWidthRem={60}>
      <thead>
        <tr>
          <Th>KPI</Th>
          <Th>Status</Th>
          <Th align="right">Gap</Th>
          <Th align="right">Gap in score</Th>
          <Th align="right">Priority weight</Th>
          <Th>Addressed by</Th>
          <Th />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="gap-table">
        {gaps.map((gap) => (
          <tr key={gap.kpi.id} data-kpi={gap.kpi.code}>
            <Td>
              <Link href={kpiHref(gap.kpi.code)} className="font-medium hover:text-brand-700 hover:underline">
                {gap.kpi.name}
              </Link>
              <span className="block text-xs text-slate-500">
                {LAYER_LABELS[gap.layer]} · {SCORECARD_LABELS[gap.scorecard]}
              </span>
            </Td>
            <Td>
              <StatusBadge status={gap.status} />
              {gap.forecastCrossesRedFlag && <span className="mt-1 block text-xs text-red-700">Forecast to cross red flag</span>}
            </Td>
            <Td align="right">{formatValue(gap.gapInUnit, gap.kpi.unit)}</Td>
            <Td align="right">{formatNumber(Math.round(gap.gapInScore * 10) / 10)}</Td>
            <Td align="right">{formatNumber(gap.priorityWeight)}</Td>
            <Td>
              {gap.addressedBy.length ? (
                gap.addressedBy.map((code) => <Badge key={code}>{code}</Badge>)
              ) : (
                <span className="text-xs font-medium text-red-700">Unaddressed</span>
              )}
            </Td>
            <Td>{mayPropose && <ProposeLink code={gap.kpi.code} name={gap.kpi.name} />}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function ProposeLink({ code, name }: { code: string; name: string }) {
  return (
    <Link
      href={`/backlog/new?kpi=${encodeURIComponent(code)}`}
      aria-label={`Propose an initiative for ${name}`}
      className="whitespace-nowrap rounded-md bg-brand-600 px-3 py-1.5 text-xs font-semibold text-white hover:bg-brand-700"
    >
      Propose initiative
    </Link>
  );
}
