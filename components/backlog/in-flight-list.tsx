import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { BacklogInitiative } from "@/lib/db/initiatives";
import type { CapabilityTrap } from "@/lib/domain/backlog";
import { OPEN_STATUSES } from "@/lib/domain/backlog";
import type { InitiativeStatus } from "@/lib/domain/enums";
import { INITIATIVE_STATUS_LABELS } from "@/lib/domain/vocabulary";

/** The furthest along first; statuses that are not open never reach the sort. */
const ORDER: readonly InitiativeStatus[] = ["in_progress", "approved", "triaged", "proposed"];

/** For the CTO: open initiatives against the KPIs they work on, capability traps first. */
export function InFlightList({ initiatives, traps, limit = 8 }: { initiatives: BacklogInitiative[]; traps: CapabilityTrap[]; limit?: number }) {
  const trapDays = new Map(traps.map((t) => [t.code, t.daysInProgress]));
  const open = initiatives
    .filter((i) => OPEN_STATUSES.includes(i.status))
    .sort((a, b) => Number(trapDays.has(b.code)) - Number(trapDays.has(a.code)) || ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
    .slice(0, limit);
  if (open.length === 0) return <p className="px-5 py-6 text-sm text-slate-600">No improvement initiative is open.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="in-flight">
      {open.map((initiative) => (
        <li key={initiative.id} className="px-5 py-3">
          <div className="flex items-start justify-between gap-3">
            <Link href={`/backlog/${initiative.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {initiative.title}
            </Link>
            <Badge tone={trapDays.has(initiative.code) ? "red" : "brand"}>
              {trapDays.has(initiative.code) ? `Capability trap · ${trapDays.get(initiative.code)} days` : INITIATIVE_STATUS_LABELS[initiative.status]}
            </Badge>
          </div>
          <p className="text-xs text-slate-500">
            <span className="font-mono">{initiative.code}</span> · on {initiative.kpis.map((link) => link.kpi.name).join(", ") || "no KPI yet"}
          </p>
        </li>
      ))}
    </ul>
  );
}
