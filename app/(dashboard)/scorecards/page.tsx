import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { countKpisByScorecardAndLayer } from "@/lib/db/kpis";
import { LAYER_LABELS, SCORECARD_LABELS, SCORECARD_PURPOSE } from "@/lib/domain/vocabulary";

export const metadata: Metadata = { title: "Scorecards" };

const SCORECARDS = ["strategic", "development", "operational"] as const;
const LAYERS = ["demand", "supply", "capability"] as const;

export default async function ScorecardsPage() {
  await requirePermission("scorecard:read");
  const counts = await countKpisByScorecardAndLayer();
  const countOf = (scorecard: string, layer: string) =>
    counts.find((row) => row.scorecard === scorecard && row.layer === layer)?.count ?? 0;

  return (
    <>
      <PageHeader
        eyebrow="Demand management"
        title="Balanced scorecards"
        description="Top-level demand KPIs, anchored in business priorities, with the supply and capability KPIs that support them."
      />
      <div className="grid gap-4 md:grid-cols-3">
        {SCORECARDS.map((scorecard) => (
          <Card key={scorecard} className="p-5">
            <h2 className="text-base font-semibold">{SCORECARD_LABELS[scorecard]}</h2>
            <p className="text-sm text-slate-600">{SCORECARD_PURPOSE[scorecard]}</p>
            <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
              {LAYERS.map((layer) => (
                <div key={layer} className="rounded-lg bg-slate-50 px-2 py-3">
                  <dt className="text-xs text-slate-500">{LAYER_LABELS[layer]}</dt>
                  <dd className="text-xl font-semibold tabular-nums">{countOf(scorecard, layer)}</dd>
                </div>
              ))}
            </dl>
            <Link
              href={`/kpis?scorecard=${scorecard}`}
              className="mt-4 inline-block text-sm font-medium text-brand-600 hover:text-brand-700"
            >
              See its KPIs →
            </Link>
          </Card>
        ))}
      </div>
      <div className="mt-8">
        <EmptyState title="Scores, drill-down and as-of views" coming>
          Each scorecard will be scored from the latest readings, drill down from demand to supply to capability, and show any
          past date. The KPIs and their readings are already here.
        </EmptyState>
      </div>
    </>
  );
}
