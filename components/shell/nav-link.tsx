"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Activity, ClipboardCheck, FileSpreadsheet, Gauge, Landmark, Layers, ListChecks, ShieldCheck, UserRound, Users, Workflow } from "lucide-react";
import type { NavIcon } from "./navigation";

const ICONS = {
  scorecards: Gauge,
  functions: Landmark,
  kpis: Activity,
  mine: UserRound,
  import: FileSpreadsheet,
  processes: Workflow,
  capabilities: Layers,
  teams: Users,
  backlog: ListChecks,
  setup: ClipboardCheck,
  admin: ShieldCheck,
} satisfies Record<NavIcon, unknown>;

/** `badge` is rendered by the server (e.g. the overdue count) and shown after the label. */
export function NavLink({ href, label, icon, exact, badge }: { href: string; label: string; icon: NavIcon; exact?: boolean; badge?: React.ReactNode }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  const Icon = ICONS[icon];
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`relative flex shrink-0 items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium transition-colors ${
        active ? "bg-white/10 text-white" : "text-slate-300 hover:bg-white/5 hover:text-white"
      }`}
    >
      <Icon aria-hidden className="size-4" />
      {label}
      {badge}
    </Link>
  );
}
