import type { FunctionInput, PriorityInput, Status } from "@/lib/domain/scoring/types";
import { formatDate, plural } from "@/lib/format";
import { ScoreText, StatusBadge } from "./status";

interface Enablement {
  priority: PriorityInput;
  score: number | null;
  status: Status;
  kpiCount: number;
}

const BAR = { green: "bg-green-600", amber: "bg-amber-500", red: "bg-red-600", none: "bg-slate-300" } as const;

export function PriorityEnablementList({ priorities, functions }: { priorities: Enablement[]; functions: FunctionInput[] }) {
  const functionName = (id: number | null) => (id === null ? "Firm-wide" : (functions.find((f) => f.id === id)?.name ?? "—"));
  if (priorities.length === 0) return <p className="px-5 py-6 text-sm text-slate-500">No business priorities are recorded yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="priority-enablement">
      {priorities.map(({ priority, score, status, kpiCount }) => (
        <li key={priority.id} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-2 px-5 py-3">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">{priority.title}</p>
            <p className="text-xs text-slate-500">
              {functionName(priority.businessFunctionId)} · weight {priority.weight} · {plural(kpiCount, "KPI")} ·{" "}
              {priority.endsOn ? `until ${formatDate(priority.endsOn)}` : `since ${formatDate(priority.startsOn)}`}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <ScoreText score={score} className="text-sm font-semibold" />
            <StatusBadge status={status} />
          </div>
          <div className="col-span-2 h-1.5 rounded-full bg-slate-100" aria-hidden>
            <div className={`h-1.5 rounded-full ${BAR[status]}`} style={{ width: `${((score ?? 0) / 10) * 100}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
