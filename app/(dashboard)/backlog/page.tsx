import type { Metadata } from "next";
import Link from "next/link";
import { BoardTable, type BoardRow } from "@/components/backlog/board-table";
import { ExploreBalanceChart } from "@/components/charts/explore-balance-chart";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { loadBoard } from "@/lib/backlog";
import { TRAP_THRESHOLD_DAYS, functionsOutOfBalance, isFinding } from "@/lib/domain/backlog";
import { formatDate, formatNumber, plural } from "@/lib/format";
import { periodStart, toIsoDate, utcDay } from "@/lib/domain/periods";
import { CapacityForm } from "@/components/backlog/small-forms";

export const metadata: Metadata = { title: "Improvement backlog" };

export default async function BacklogPage() {
  const user = await requirePermission("initiative:read");
  const board = await loadBoard();
  const quarter = periodStart(utcDay(new Date()), "quarterly");
  const trapped = new Set(board.traps.map((t) => t.code));
  const fitByCode = new Map(board.fit.rows.map((row) => [row.initiative.code, row]));
  const rows: BoardRow[] = board.scored.map(({ initiative, priority }) => ({
    id: initiative.id,
    code: initiative.code,
    title: initiative.title,
    owner: initiative.owner.name,
    status: initiative.status,
    stream: initiative.stream,
    rank: initiative.rank,
    effortWeeks: initiative.effortWeeks,
    priority,
    capacity: fitByCode.get(initiative.code) ?? null,
    trapped: trapped.has(initiative.code),
    notRealised: board.notRealised.has(initiative.code),
  }));
  const findings = board.gaps.filter(isFinding).length;
  const outOfBalance = functionsOutOfBalance(board.balance);

  return (
    <>
      <PageHeader
        eyebrow="Disciplined improvement"
        title="Improvement backlog"
        description="Initiatives in the governance board's order, with their priority score (weighted shortest job first) against this quarter's capacity."
        actions={
          <>
            <Link href="/backlog/decisions" className="rounded-md bg-white px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">
              Decision log
            </Link>
            {can(user, "initiative:propose") && (
              <Link href="/backlog/new" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
                Propose initiative
              </Link>
            )}
          </>
        }
      />
      <div className="mb-6 grid gap-4 md:grid-cols-3">
        <Link href="/backlog/gaps" className="rounded-xl border border-red-200 bg-white p-4 shadow-sm hover:bg-red-50/40" data-testid="findings-link">
          <p className="text-xs font-semibold uppercase tracking-wide text-red-700">Unaddressed gaps</p>
          <p className="mt-1 text-2xl font-semibold">{findings}</p>
          <p className="text-xs text-slate-600">red KPIs with no open initiative · see all {plural(board.gaps.length, "gap")} →</p>
        </Link>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Capacity this quarter</p>
          <p className="mt-1 text-2xl font-semibold">
            {formatNumber(board.fit.committedWeeks)}{" "}
            <span className="text-base font-normal text-slate-500">of {formatNumber(board.fit.capacityWeeks)} pw committed</span>
          </p>
          <p className={`text-xs ${board.fit.overByWeeks > 0 ? "font-medium text-red-700" : "text-slate-600"}`}>
            {board.capacity
              ? board.fit.overByWeeks > 0
                ? `Over by ${formatNumber(board.fit.overByWeeks)} person-weeks`
                : `Set by ${board.capacity.setBy.name}`
              : "No capacity set for this quarter"}
          </p>
          {can(user, "capacity:set") && (
            <CapacityForm
              quarterStart={toIsoDate(quarter)}
              quarterLabel={`the quarter from ${formatDate(quarter)}`}
              current={board.capacity?.personWeeks ?? null}
            />
          )}
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="trap-summary">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Capability traps</p>
          <p className="mt-1 text-2xl font-semibold">{board.traps.length}</p>
          <p className="text-xs text-slate-600">
            {board.traps.length
              ? board.traps.map((t) => `${t.code} (${t.daysInProgress} days)`).join(", ")
              : `None in progress over ${TRAP_THRESHOLD_DAYS} days without KPI movement`}
          </p>
        </div>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No initiatives yet">Propose one from a performance gap.</EmptyState>
      ) : (
        <Card>
          <BoardTable rows={rows} />
        </Card>
      )}
      <Card className="mt-6">
        <CardHeader
          title="Exploit / explore balance"
          description={
            outOfBalance.length
              ? `Out of balance: ${outOfBalance.join(", ")}.`
              : "Every function's committed effort is within 10 points of its target explore share."
          }
        />
        <div className="p-4">
          <ExploreBalanceChart rows={board.balance.map((b) => ({ name: b.function.name, actual: b.exploreShare, target: b.targetExploreShare }))} />
        </div>
      </Card>
    </>
  );
}
