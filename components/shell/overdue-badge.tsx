import type { CurrentUser } from "@/lib/auth/current-user";
import { scopeOf } from "@/lib/auth/permissions";
import { countOverdueKpis } from "@/lib/db/overdue";

/**
 * The count of overdue readings beside "My KPIs": an owner's own, or the organisation's for
 * someone who may write any KPI's readings — the same KPIs the page lists by default.
 */
export async function OverdueBadge({ user }: { user: CurrentUser }) {
  const ownerId = scopeOf(user, "reading:write") === "any" ? null : user.id;
  const count = await countOverdueKpis(ownerId);
  if (count === 0) return null;
  return (
    <span data-testid="overdue-count" className="ml-auto rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold leading-none text-white tabular-nums">
      {count}
      <span className="sr-only"> overdue</span>
    </span>
  );
}
