import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SetupChecklist } from "@/components/setup/setup-checklist";
import { StartFromExample } from "@/components/setup/start-from-example";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { loadSetupCounts } from "@/lib/db/setup-progress";
import { utcDay } from "@/lib/domain/periods";
import { nextStep, setupSteps } from "@/lib/domain/setup-checklist";
import { exampleSize } from "@/lib/services/example-catalogue";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Set-up" };

/** `example`: "Start from the example catalogue" lands here. */
const querySchema = z.object({ example: z.literal("1").optional() });

export default async function SetupPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("function:manage");
  const counts = await loadSetupCounts(utcDay(new Date()));
  const steps = setupSteps(counts);
  const { example } = parseSearchParams(querySchema, await searchParams).values;
  const size = exampleSize();
  const next = nextStep(steps);
  const done = steps.filter((step) => step.done).length;
  return (
    <>
      <PageHeader
        eyebrow="Set-up"
        title="Set up your organisation"
        description="Record the model the scorecards are built from, in this order: each step needs the one before. Everything stays editable, and every change is kept in the audit log."
      />
      {example && (
        <p role="status" className="mb-6 rounded-md bg-green-50 px-4 py-3 text-sm text-green-800" data-testid="example-imported">
          The example organisation&apos;s model is in place, owned by you: adapt it to yours, hand KPIs and processes to colleagues once they have accounts
          (Admin → a person → hand over), and enter first readings.
        </p>
      )}
      {counts.valueChains === 0 && (
        <Card>
          <CardHeader
            title="Start from the example catalogue"
            description={`A bank's IT organisation: ${size.valueChains} value chains, ${size.businessFunctions} business functions with their demand profiles, ${size.priorities} priorities, ${size.processes} processes, ${size.capabilities} capabilities and ${size.kpis} KPIs on all three layers with ${size.links} links — but no readings. Everything becomes yours to rename, re-profile, archive or hand over.`}
          />
          <div className="px-5 py-4">
            <StartFromExample />
          </div>
        </Card>
      )}
      <div className="mt-6" />
      <Card>
        <CardHeader
          title={next ? `${done} of ${steps.length} steps done` : "Your organisation is set up"}
          description={next ? `Next: ${next.title.toLowerCase()}.` : "Keep it current here as functions, priorities and processes change."}
        />
        <SetupChecklist steps={steps} next={next?.key ?? null} entersReadings={can(user, "reading:write")} />
      </Card>
      <p className="mt-6 text-sm text-slate-600">
        The whole model is also a file:{" "}
        <Link href="/setup/catalogue" className="font-medium text-brand-700 hover:underline">
          download it or import one
        </Link>{" "}
        (YAML or JSON).
      </p>
    </>
  );
}
