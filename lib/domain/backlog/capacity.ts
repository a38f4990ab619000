// Does the ranked, committed backlog fit the board's capacity? (docs/prioritisation.md § Capacity)
import { COMMITTED_STATUSES } from "./balance";
import type { InitiativeForScoring, InitiativeStatus } from "./types";

/** Still waiting for a decision: shown against the capacity left, without using it. */
export const CANDIDATE_STATUSES: readonly InitiativeStatus[] = ["proposed", "triaged"];

export type CapacityInput = Pick<InitiativeForScoring, "code" | "status" | "effortWeeks">;

export interface CapacityRow<T extends CapacityInput> {
  initiative: T;
  /** Approved or in progress: its effort is on the cumulative line. */
  committed: boolean;
  /** Committed: the line up to and including this item. Candidate: the line if it were added here. */
  cumulativeWeeks: number;
  fits: boolean;
}

export interface CapacityFit<T extends CapacityInput> {
  capacityWeeks: number;
  rows: CapacityRow<T>[];
  /** Effort of every committed item. */
  committedWeeks: number;
  /** committedWeeks − capacity, floored at 0. */
  overByWeeks: number;
}

/**
 * Walks the initiatives in the order given (the board's ranking). Done, rejected and deferred
 * items need no capacity and are left out.
 */
export function capacityFit<T extends CapacityInput>(ranked: readonly T[], personWeeksPerQuarter: number): CapacityFit<T> {
  const capacityWeeks = Math.max(0, personWeeksPerQuarter);
  let line = 0;
  const rows: CapacityRow<T>[] = [];
  for (const initiative of ranked) {
    const committed = COMMITTED_STATUSES.includes(initiative.status);
    if (!committed && !CANDIDATE_STATUSES.includes(initiative.status)) continue;
    const cumulativeWeeks = line + Math.max(0, initiative.effortWeeks);
    if (committed) line = cumulativeWeeks;
    rows.push({ initiative, committed, cumulativeWeeks, fits: cumulativeWeeks <= capacityWeeks });
  }
  return { capacityWeeks, rows, committedWeeks: line, overByWeeks: Math.max(0, line - capacityWeeks) };
}
