import type { Metadata } from "next";
import { SetupChecklist } from "@/components/setup/setup-checklist";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { loadSetupCounts } from "@/lib/db/setup-progress";
import { utcDay } from "@/lib/domain/periods";
import { nextStep, setupSteps } from "@/lib/domain/setup-checklist";

export const metadata: Metadata = { title: "Set-up" };

export default async function SetupPage() {
  const user = await requirePermission("function:manage");
  const steps = setupSteps(await loadSetupCounts(utcDay(new Date())));
  const next = nextStep(steps);
  const done = steps.filter((step) => step.done).length;
  return (
    <>
      <PageHeader
        eyebrow="Set-up"
        title="Set up your organisation"
        description="Record the model the scorecards are built from, in this order: each step needs the one before. Everything stays editable, and every change is kept in the audit log."
      />
      <Card>
        <CardHeader
          title={next ? `${done} of ${steps.length} steps done` : "Your organisation is set up"}
          description={next ? `Next: ${next.title.toLowerCase()}.` : "Keep it current here as functions, priorities and processes change."}
        />
        <SetupChecklist steps={steps} next={next?.key ?? null} entersReadings={can(user, "reading:write")} />
      </Card>
    </>
  );
}
