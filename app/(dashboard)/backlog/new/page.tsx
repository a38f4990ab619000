import type { Metadata } from "next";
import { z } from "zod";
import { notFound } from "next/navigation";
import { ProposeForm, type ProposalDefaults } from "@/components/backlog/propose-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listFunctionNames } from "@/lib/db/business-functions";
import { formatValue } from "@/lib/format";
import { parseCodeParam } from "@/lib/schemas/code-param";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { proposeFromGap } from "@/lib/services/initiatives";

export const metadata: Metadata = { title: "Propose an initiative" };

const EMPTY: ProposalDefaults = { title: "", problem: "", stream: "exploit", businessFunction: null, kpi: null };

/** The KPI whose gap the proposal starts from. Checked as a code below: one that cannot be is a 404. */
const proposalQuerySchema = z.object({ kpi: z.string().optional() });

export default async function ProposeInitiativePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("initiative:propose");
  const query = parseSearchParams(proposalQuerySchema, await searchParams);
  const requested = query.values.kpi;
  let defaults = EMPTY;
  if (requested) {
    const code = parseCodeParam(requested);
    const prefill = code ? await proposeFromGap(user, code) : null;
    if (!prefill?.ok) notFound();
    const { kpis, ...rest } = prefill.value;
    const kpi = kpis[0];
    defaults = {
      ...rest,
      kpi: kpi
        ? {
            code: kpi.code,
            name: kpi.name,
            unit: kpi.unit,
            baseline:
              kpi.baselineValue === null
                ? "no reading yet"
                : `${formatValue(kpi.baselineValue, kpi.unit)}${kpi.baselinePeriod ? ` (${kpi.baselinePeriod})` : ""}`,
            target: formatValue(kpi.target, kpi.unit),
            expectedImprovement: kpi.expectedImprovement,
          }
        : null,
    };
  }
  const functions = await listFunctionNames();
  return (
    <>
      <PageHeader
        eyebrow="Disciplined improvement"
        title="Propose an initiative"
        description="State the problem and, before approval, its root cause. The governance board triages, ranks and approves."
      />
      <Card className="max-w-4xl">
        <CardHeader
          title={defaults.kpi ? "From a performance gap" : "New initiative"}
          description="Pre-filled from the KPI: its current value is the baseline."
        />
        <ProposeForm defaults={defaults} functions={functions} />
      </Card>
    </>
  );
}
