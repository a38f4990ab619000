import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DueState, ReadingDue } from "@/lib/domain/reading-due";
import { formatDate } from "@/lib/format";

const DUE: Record<DueState, { label: string; tone: BadgeTone }> = {
  overdue: { label: "Overdue", tone: "red" },
  "due-soon": { label: "Due soon", tone: "amber" },
  due: { label: "Due", tone: "neutral" },
  "up-to-date": { label: "Up to date", tone: "green" },
};

/** The due state in words as well as colour. */
export function DueBadge({ due }: { due: ReadingDue }) {
  const { label, tone } = DUE[due.state];
  return (
    <span data-due={due.state}>
      <Badge tone={tone}>{label}</Badge>
    </span>
  );
}

/** Badge plus the date: "Overdue · since 10 Nov 2026 (2 periods missing)". */
export function DueText({ due }: { due: ReadingDue }) {
  return (
    <span className="flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
      <DueBadge due={due} />
      {due.dueOn && (
        <span>
          {due.state === "overdue" ? "due" : "due by"} {formatDate(due.dueOn)}
          {due.missing > 1 && ` · ${due.missing} periods missing`}
        </span>
      )}
    </span>
  );
}
