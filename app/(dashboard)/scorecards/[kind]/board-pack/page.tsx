import type { Metadata } from "next";
import { href } from "@/lib/href";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/scorecard/print-button";
import { ScoreText, StaleFlag, StatusBadge, TrendLabel } from "@/components/scorecard/status";
import { targetText } from "@/components/kpi/threshold-text";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { toIsoDate } from "@/lib/domain/periods";
import { anchorReason } from "@/components/scorecard/not-anchored";
import { buildScorecard } from "@/lib/domain/scoring";
import { redItems } from "@/lib/domain/scoring/red-items";
import { SCORECARD_KINDS } from "@/lib/domain/enums";
import { LAYER_LABELS, SCORECARD_LABELS, SCORECARD_PURPOSE } from "@/lib/domain/vocabulary";
import { formatDate, formatValue } from "@/lib/format";
import { asOfChoice } from "@/lib/schemas/as-of";
import { scorecardQuerySchema } from "@/lib/schemas/scorecard-api";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Board pack" };

type Params = { params: Promise<{ kind: string }>; searchParams: Promise<RawSearchParams> };

export default async function BoardPackPage({ params, searchParams }: Params) {
  const user = await requirePermission("scorecard:read");
  const requestedKind = (await params).kind;
  const kind = SCORECARD_KINDS.find((k) => k === requestedKind);
  if (!kind) notFound();
  const query = parseSearchParams(scorecardQuerySchema, await searchParams);
  const choice = asOfChoice(query);
  const snapshot = await loadScoringSnapshot(choice.asOf);
  const fn = snapshot.functions.find((f) => f.code === query.values.businessFunction) ?? null;
  const card = buildScorecard(snapshot, kind, fn?.id ?? null);
  const reds = redItems(card.kpis);
  const back = href(`/scorecards/${kind}`, { businessFunction: fn?.code, asOf: choice.isToday ? null : toIsoDate(choice.asOf) });

  return (
    <article
      className="mx-auto max-w-4xl bg-white p-8 shadow-sm ring-1 ring-slate-200 print:max-w-none print:p-0 print:shadow-none print:ring-0"
      data-testid="board-pack"
    >
      <div className="mb-6 flex items-center justify-between gap-4 print:hidden">
        <Link href={back} className="text-sm font-medium text-brand-700 hover:underline">
          ← Back to the scorecard
        </Link>
        <PrintButton />
      </div>
      <div className="print:hidden">
        <RefusedFilters refused={query.refused} fallbacks={{ asOf: "today", businessFunction: "the whole firm" }} />
      </div>
      <header className="border-b-2 border-slate-900 pb-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">Board pack · {fn ? fn.name : "Whole firm"}</p>
        <h1 className="mt-1 text-2xl font-semibold">{SCORECARD_LABELS[kind]} Balanced Scorecard</h1>
        <p className="text-sm text-slate-600">{SCORECARD_PURPOSE[kind]}</p>
        <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <Fact label="As of">{formatDate(choice.asOf)}</Fact>
          <Fact label="Score">
            <ScoreText score={card.score} className="text-lg font-semibold" />
          </Fact>
          <Fact label="Status">
            <StatusBadge status={card.status} />
          </Fact>
          <Fact label="Prepared">
            {formatDate(new Date())} by {user.name}
          </Fact>
        </dl>
      </header>

      <section className="mt-6 break-inside-avoid">
        <h2 className="text-base font-semibold">Red items ({reds.length})</h2>
        {reds.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">Nothing on this scorecard or behind it is off track.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm" data-testid="red-items">
            {reds.map(({ node, path }) => (
              <li key={node.kpi.code} className="rounded-md border border-red-200 bg-red-50/50 px-3 py-2 print:bg-transparent">
                <p className="font-medium">
                  {node.kpi.name} <span className="font-mono text-xs text-slate-500">{node.kpi.code}</span> · {LAYER_LABELS[node.kpi.layer]}
                </p>
                <p className="text-slate-700">
                  {formatValue(node.value, node.kpi.unit)} against target {targetText(node.kpi)} · owner {node.kpi.ownerName}
                  {node.stale ? " · stale" : ""}
                </p>
                {path.length > 1 && <p className="text-xs text-slate-500">Reached via {path.slice(0, -1).join(" › ")}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {card.groups.map((group) => (
        <section key={group.priority.id} className="mt-6 break-inside-avoid">
          <h2 className="flex items-center justify-between gap-3 border-b border-slate-200 pb-1 text-base font-semibold">
            <span>{group.priority.title}</span>
            <span className="flex items-center gap-2 text-sm font-normal">
              <ScoreText score={group.score} /> <StatusBadge status={group.status} />
            </span>
          </h2>
          <table className="mt-2 w-full table-fixed text-sm">
            <colgroup>
              <col className="w-[38%]" />
              <col className="w-[15%]" />
              <col className="w-[15%]" />
              <col className="w-[13%]" />
              <col className="w-[11%]" />
              <col className="w-[8%]" />
            </colgroup>
            <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-1 pr-2 font-semibold">KPI</th>
                <th className="py-1 pr-2 font-semibold">Status</th>
                <th className="py-1 pr-2 text-right font-semibold">Value</th>
                <th className="py-1 pr-2 font-semibold">Target</th>
                <th className="py-1 pr-2 font-semibold">Trend</th>
                <th className="py-1 text-right font-semibold">Score</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {group.kpis.map((node) => (
                <tr key={node.kpi.code}>
                  <td className="py-1.5 pr-2">
                    {node.kpi.name} <StaleFlag stale={node.stale} />
                  </td>
                  <td className="py-1.5 pr-2">
                    <StatusBadge status={node.status} />
                  </td>
                  <td className="py-1.5 pr-2 text-right tabular-nums">{formatValue(node.value, node.kpi.unit)}</td>
                  <td className="py-1.5 pr-2">{targetText(node.kpi)}</td>
                  <td className="py-1.5 pr-2">
                    <TrendLabel trend={node.trend} />
                  </td>
                  <td className="py-1.5 text-right">
                    <ScoreText score={node.score} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {card.notAnchored.length > 0 && (
        <section className="mt-6 break-inside-avoid" data-testid="not-anchored">
          <h2 className="border-b border-slate-200 pb-1 text-base font-semibold">Not anchored on {formatDate(choice.asOf)}: outside the score</h2>
          <ul className="mt-2 space-y-1 text-sm text-slate-700">
            {card.notAnchored.map((item) => (
              <li key={item.node.kpi.code}>
                <span className="font-medium">{item.node.kpi.name}</span> — {anchorReason(item)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 text-xs text-slate-500">
        Scores 0–10 by the goal/red-flag method: 6.7 meets the target, 3.3 sits on the red flag. Values as known on {formatDate(choice.asOf)}.
      </p>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}
