import Link from "next/link";
import { ClockExclamationPoint, OctagonX, TriangleExclamationPoint } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { Scorecard, Trend } from "@/lib/domain/scoring/types";
import { SCORECARD_LABELS, SCORECARD_PURPOSE } from "@/lib/domain/vocabulary";
import { ScoreText, StatusBadge, TrendLabel, statusTextClass } from "./status";

export function ScorecardSummaryCard({ card, trend, href }: { card: Scorecard; trend: Trend | null; href: string }) {
  const { counts } = card;
  return (
    <Card className="flex flex-col p-5">
      <div data-testid={`scorecard-${card.kind}`} className="flex flex-1 flex-col">
        <div className="flex items-start justify-between gap-3">
          <div>
            <h2 className="text-base font-semibold">{SCORECARD_LABELS[card.kind]}</h2>
            <p className="text-sm text-slate-600">{SCORECARD_PURPOSE[card.kind]}</p>
          </div>
          <StatusBadge status={card.status} size="md" />
        </div>
        <div className="mt-4 flex items-end justify-between">
          <ScoreText score={card.score} className={`text-4xl font-semibold ${statusTextClass(card.status)}`} />
          <TrendLabel trend={trend} />
        </div>
        <ul className="mt-4 grid grid-cols-3 gap-2 text-center text-xs" aria-label="KPIs needing attention">
          <Count icon={<OctagonX aria-hidden className="size-3.5 text-red-700" />} label="off track" count={counts.red} />
          <Count icon={<TriangleExclamationPoint aria-hidden className="size-3.5 text-amber-700" />} label="at risk" count={counts.amber} />
          <Count icon={<ClockExclamationPoint aria-hidden className="size-3.5 text-orange-700" />} label="stale" count={counts.stale} />
        </ul>
        <p className="mt-3 text-xs text-slate-500">
          {card.kpis.length} top-level KPIs · {counts.green + counts.amber + counts.red + counts.none} in the drill-down
        </p>
        <Link href={href} className="mt-4 text-sm font-medium text-brand-600 hover:text-brand-700">
          Open the {SCORECARD_LABELS[card.kind]} scorecard →
        </Link>
      </div>
    </Card>
  );
}

function Count({ icon, label, count }: { icon: React.ReactNode; label: string; count: number }) {
  return (
    <li className="rounded-lg bg-slate-50 px-2 py-2">
      <span className="flex items-center justify-center gap-1 text-lg font-semibold tabular-nums text-slate-900">
        {icon}
        {count}
      </span>
      <span className="text-slate-500">{label}</span>
    </li>
  );
}
