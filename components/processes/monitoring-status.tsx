import { Badge } from "@/components/ui/badge";
import type { MonitoringState } from "@/lib/domain/monitoring-due";
import { formatDate } from "@/lib/format";

/** A monitoring action's due state in words (never colour alone) and when. */
export function MonitoringStatus({ state, dueBy, overdueSince }: { state: MonitoringState; dueBy: Date; overdueSince: Date | null }) {
  if (state === "done") return <Badge tone="green">Done this period</Badge>;
  if (state === "overdue") return <Badge tone="red">Overdue since {formatDate(overdueSince ?? dueBy)}</Badge>;
  return <Badge>Due by {formatDate(dueBy)}</Badge>;
}
