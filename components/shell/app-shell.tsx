import Link from "next/link";
import { Suspense } from "react";
import { LogOut } from "lucide-react";
import { signOutAction } from "@/lib/actions/auth";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import { NAV_ITEMS } from "./navigation";
import { NavLink } from "./nav-link";
import { OverdueBadge } from "./overdue-badge";

export function AppShell({ user, demo, children }: { user: CurrentUser; demo: boolean; children: React.ReactNode }) {
  const items = NAV_ITEMS.filter((item) => can(user, item.permission));
  // "KPI catalogue" must not light up while on "My KPIs", which lives beneath it.
  const exactHrefs = new Set(["/kpis"]);
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr] print:block">
      <aside className="bg-slate-900 text-slate-100 print:hidden lg:sticky lg:top-0 lg:flex lg:h-screen lg:flex-col">
        <div className="flex items-center justify-between px-5 py-4 lg:py-6">
          <Link href="/" className="text-lg font-semibold tracking-tight text-white">
            Ambi<span className="text-brand-500">dex</span>
          </Link>
          {demo && <span className="rounded bg-amber-400/20 px-2 py-0.5 text-xs font-medium text-amber-200">Demo</span>}
        </div>
        <nav aria-label="Main" className="flex gap-1 overflow-x-auto px-3 pb-3 lg:flex-1 lg:flex-col lg:overflow-visible">
          {items.map((item) => (
            <NavLink
              key={item.href}
              href={item.href}
              label={item.label}
              icon={item.icon}
              exact={exactHrefs.has(item.href)}
              badge={
                item.href === "/kpis/mine" ? (
                  <Suspense fallback={null}>
                    <OverdueBadge user={user} />
                  </Suspense>
                ) : undefined
              }
            />
          ))}
        </nav>
        <div className="hidden border-t border-white/10 p-4 lg:block">
          <UserBlock user={user} />
        </div>
      </aside>
      <div className="min-w-0">
        <div className="flex items-center justify-end border-b border-slate-200 bg-white px-4 py-2 print:hidden lg:hidden">
          <UserBlock user={user} compact />
        </div>
        <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:px-10 lg:py-10 print:max-w-none print:p-0">{children}</main>
      </div>
    </div>
  );
}

function UserBlock({ user, compact }: { user: CurrentUser; compact?: boolean }) {
  return (
    <div className={`flex items-center gap-3 ${compact ? "text-slate-700" : "text-slate-200"}`}>
      <div className="min-w-0 flex-1" data-testid="signed-in-user">
        <p className={`truncate text-sm font-medium ${compact ? "text-slate-900" : "text-white"}`}>
          <Link href="/settings" className="hover:underline" title="Settings and API tokens">
            {user.name}
          </Link>
        </p>
        <p className="truncate text-xs opacity-80">
          <span data-testid="signed-in-role">{ROLE_LABELS[user.role]}</span>
          {!compact && <span className="block truncate">{user.email}</span>}
        </p>
      </div>
      <form action={signOutAction}>
        <button type="submit" className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-xs font-medium hover:bg-black/10" title="Sign out">
          <LogOut aria-hidden className="size-4" />
          Sign out
        </button>
      </form>
    </div>
  );
}
