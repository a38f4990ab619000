// A capability's maturity over time. Maturity is never stored as a number of its own: it is the
// level of the assessment in force on the day asked about, so the history and the current figure
// cannot disagree. Plain rules, no framework.

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;

/** What the levels mean, as the forms and the capability page say them (CMMI-style). */
export const MATURITY_LABELS: Record<number, string> = {
  1: "Initial",
  2: "Managed",
  3: "Defined",
  4: "Measured",
  5: "Optimising",
};

export interface Assessment {
  /** Which of two assessments on one day came later: the later one corrects the earlier. */
  id: number;
  assessedOn: Date;
  level: number;
}

/** Latest day first; on one day, the later-recorded first. */
export function newestFirst<T extends Assessment>(assessments: readonly T[]): T[] {
  return [...assessments].sort((a, b) => b.assessedOn.getTime() - a.assessedOn.getTime() || b.id - a.id);
}

/** The assessment in force on `day`: the latest assessed on or before it; null before the first. */
export function assessmentOn<T extends Assessment>(assessments: readonly T[], day: Date): T | null {
  return newestFirst(assessments).find((assessment) => assessment.assessedOn.getTime() <= day.getTime()) ?? null;
}

/** One level per assessed day, oldest first, for the history chart (a day's correction replaces it). */
export function maturityPath<T extends Assessment>(assessments: readonly T[]): T[] {
  const seen = new Set<number>();
  return newestFirst(assessments)
    .filter((assessment) => {
      const day = assessment.assessedOn.getTime();
      if (seen.has(day)) return false;
      seen.add(day);
      return true;
    })
    .reverse();
}

export type MaturityState = "not assessed" | "at target" | "improving" | "no change" | "declining";

export interface MaturityStanding {
  current: number | null;
  /** The level of the assessed day before the current one. */
  previous: number | null;
  /** Levels still to climb to the target; 0 at or above it. */
  gap: number | null;
  state: MaturityState;
}

/** Where a capability stands on `day` against its target, and which way it last moved. */
export function maturityStanding(assessments: readonly Assessment[], target: number, day: Date): MaturityStanding {
  const path = maturityPath(assessments.filter((assessment) => assessment.assessedOn.getTime() <= day.getTime()));
  const current = path.at(-1)?.level ?? null;
  const previous = path.at(-2)?.level ?? null;
  if (current === null) return { current, previous, gap: null, state: "not assessed" };
  const gap = Math.max(0, target - current);
  if (gap === 0) return { current, previous, gap, state: "at target" };
  if (previous === null || previous === current) return { current, previous, gap, state: "no change" };
  return { current, previous, gap, state: current > previous ? "improving" : "declining" };
}
