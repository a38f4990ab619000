import { Card, CardHeader } from "@/components/ui/card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getKpiForReading } from "@/lib/db/kpis";
import { toIsoDate, utcDay, type Frequency } from "@/lib/domain/periods";
import { readingDue } from "@/lib/domain/reading-due";
import { DueText } from "./due-badge";
import { ReadingEntryForm } from "./reading-entry-form";

const PERIOD_HINTS: Record<Frequency, string> = { weekly: "a Monday", monthly: "1st of the month", quarterly: "1st of a quarter" };

/**
 * "Enter a reading" on a KPI's page, for the people the permission matrix lets write it: the
 * owner and administrators. Everyone else gets nothing here, and the server refuses them anyway.
 */
export async function ReadingEntryCard({ user, code, latestPeriod }: { user: CurrentUser; code: string; latestPeriod: Date | null }) {
  const kpi = await getKpiForReading(code);
  if (!kpi || !can(user, "reading:write", { ownerId: kpi.ownerId })) return null;
  const today = utcDay(new Date());
  const due = readingDue(kpi.frequency, latestPeriod, today);
  return (
    <Card className="mt-6">
      <div id="enter-reading" className="scroll-mt-6" />
      <CardHeader
        title="Enter a reading"
        description="A value for a period that already has one is a correction: it needs a reason and keeps the old version in the history."
        aside={<DueText due={due} />}
      />
      <ReadingEntryForm
        kpiCode={kpi.code}
        unit={kpi.unit}
        defaultPeriod={toIsoDate(due.period)}
        today={toIsoDate(today)}
        periodHint={PERIOD_HINTS[kpi.frequency]}
      />
    </Card>
  );
}
