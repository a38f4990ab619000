// Builders for backlog inputs. Not a test file: shared by the backlog tests.
import type { InitiativeForScoring } from "@/lib/domain/backlog";
import type { PriorityInput, ReadingPoint, ScoringSnapshot, KpiDefinition } from "@/lib/domain/scoring";
import { d, series } from "../scoring/fixtures";

export function initiative(code: string, overrides: Partial<InitiativeForScoring> = {}): InitiativeForScoring {
  return {
    id: 1,
    code,
    status: "proposed",
    stream: "exploit",
    businessFunctionId: null,
    effortWeeks: 10,
    timeCriticality: 5,
    riskReduction: 5,
    rank: null,
    approvedAt: null,
    startedAt: null,
    completedAt: null,
    kpis: [],
    ...overrides,
  };
}

export function priority(id: number, weight: number, businessFunctionId: number | null = null): PriorityInput {
  return { id, code: `P-${id}`, title: `Priority ${id}`, weight, businessFunctionId, startsOn: d("2023-01-01"), endsOn: null };
}

/** One reading per KPI in the week before as-of (2024-03-06), so none is stale. */
export function snapshotOf(kpis: KpiDefinition[], values: Record<number, number | readonly number[]>, priorities: PriorityInput[] = []): ScoringSnapshot {
  const readings = new Map<number, ReadingPoint[]>();
  for (const [id, value] of Object.entries(values)) {
    const list = typeof value === "number" ? [value] : value;
    // The newest reading lands in the week of 2024-02-26 whatever the length of the series.
    const first = new Date(Date.UTC(2024, 1, 26) - 7 * 86_400_000 * (list.length - 1)).toISOString().slice(0, 10);
    readings.set(Number(id), series(first, list));
  }
  return { asOf: d("2024-03-06"), kpis, links: [], readings, priorities, functions: [] };
}
