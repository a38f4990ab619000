// Exploit / explore balance of the committed backlog per business function
// (docs/prioritisation.md § Exploit and explore).
import type { FunctionInput } from "../scoring/types";
import type { InitiativeForScoring, InitiativeStatus } from "./types";

/** How far, in percentage points, the explore share may stray from the target before it is named. */
export const BALANCE_TOLERANCE_POINTS = 10;

/** Effort that is committed: approved or under way. */
export const COMMITTED_STATUSES: readonly InitiativeStatus[] = ["approved", "in_progress"];

export type BalanceInput = Pick<InitiativeForScoring, "status" | "stream" | "businessFunctionId" | "effortWeeks">;

export interface FunctionBalance {
  function: FunctionInput;
  exploreWeeks: number;
  exploitWeeks: number;
  /** 0–100, null without committed effort. */
  exploreShare: number | null;
  /** From the demand profile; null when none was in force. */
  targetExploreShare: number | null;
  /** exploreShare − target in points; null when either is unknown. */
  deviation: number | null;
  /** |deviation| > tolerance. Unknown share or target is not judged. */
  outOfBalance: boolean;
}

/**
 * One row per function, in the order given. Initiatives without a business function are
 * firm-wide and belong to no function's balance.
 */
export function exploreBalance(
  functions: readonly FunctionInput[],
  initiatives: readonly BalanceInput[],
  tolerancePoints: number = BALANCE_TOLERANCE_POINTS,
): FunctionBalance[] {
  const committed = initiatives.filter((i) => COMMITTED_STATUSES.includes(i.status));
  return functions.map((fn) => {
    const own = committed.filter((i) => i.businessFunctionId === fn.id);
    const weeksOf = (stream: string) => own.filter((i) => i.stream === stream).reduce((sum, i) => sum + Math.max(0, i.effortWeeks), 0);
    const exploreWeeks = weeksOf("explore");
    const exploitWeeks = weeksOf("exploit");
    const total = exploreWeeks + exploitWeeks;
    const exploreShare = total > 0 ? (100 * exploreWeeks) / total : null;
    const target = fn.targetExploreShare;
    const deviation = exploreShare === null || target === null ? null : exploreShare - target;
    return {
      function: fn,
      exploreWeeks,
      exploitWeeks,
      exploreShare,
      targetExploreShare: target,
      deviation,
      outOfBalance: deviation !== null && Math.abs(deviation) > tolerancePoints,
    };
  });
}

/** The names of the functions out of balance, for the headline. */
export function functionsOutOfBalance(rows: readonly FunctionBalance[]): string[] {
  return rows.filter((row) => row.outOfBalance).map((row) => row.function.name);
}
