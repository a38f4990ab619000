// What the backlog pages share: one snapshot, the gaps it shows, and every initiative scored by the
// board's rules (lib/domain/backlog). Composition only; the rules and queries live elsewhere.
import { currentCapacity } from "@/lib/db/board-capacity";
import { listBacklog, type BacklogInitiative } from "@/lib/db/initiatives";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { benefitRealisation, capabilityTraps, capacityFit, exploreBalance, findGaps, gapIndex, priorityScore } from "@/lib/domain/backlog";
import { periodStart, utcDay } from "@/lib/domain/periods";

export async function loadBoard(now = new Date()) {
  const today = utcDay(now);
  const [snapshot, initiatives, capacity] = await Promise.all([loadScoringSnapshot(today), listBacklog(), currentCapacity(periodStart(today, "quarterly"))]);
  const gaps = findGaps(
    snapshot,
    initiatives.map((i) => ({ code: i.code, status: i.status, kpiIds: i.kpis.map((k) => k.kpiId) })),
  );
  const index = gapIndex(gaps);
  const weights = new Map(snapshot.kpis.map((kpi) => [kpi.id, kpi.weight]));
  const scored = initiatives.map((initiative) => ({ initiative, priority: priorityScore(initiative, index, weights) }));
  const fit = capacityFit(initiatives, capacity?.personWeeks ?? 0);
  const traps = capabilityTraps(initiatives, snapshot);
  const balance = exploreBalance(snapshot.functions, initiatives);
  // Done, yet none of its KPIs moved: flagged on the board so the benefit is questioned.
  const notRealised = new Set(
    initiatives
      .filter((i) => i.status === "done")
      .map((i) => benefitRealisation(i, snapshot))
      .filter((b) => b.flagged)
      .map((b) => b.code),
  );
  return { snapshot, gaps, scored, fit, capacity, traps, balance, notRealised };
}

export type Board = Awaited<ReturnType<typeof loadBoard>>;
export type { BacklogInitiative };
