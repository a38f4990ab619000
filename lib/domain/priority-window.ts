// When a business priority is in force decides which demand KPIs count on each day's scorecard
// (lib/domain/scoring/anchoring.ts). Editing the window may reshape today and the future, never
// the past: a scorecard read as of last March must read the same after the edit.
import { addDays, toIsoDate } from "./periods";
import { isInForce } from "./scoring/anchoring";

export interface PriorityWindow {
  startsOn: Date;
  /** The last day in force, inclusive; null for open-ended. */
  endsOn: Date | null;
}

export interface WindowProblem {
  field: "startsOn" | "endsOn";
  message: string;
}

/** The window's days before `today`, as [first, last] timestamps, or null when none of them is in it. */
function pastPart(window: PriorityWindow, today: Date): [number, number] | null {
  const yesterday = addDays(today, -1).getTime();
  const first = window.startsOn.getTime();
  if (first > yesterday) return null;
  const last = window.endsOn === null ? yesterday : Math.min(window.endsOn.getTime(), yesterday);
  return last < first ? null : [first, last];
}

/** The window itself must make sense: it ends on or after it starts. */
export function windowShapeProblem(window: PriorityWindow): WindowProblem | null {
  if (window.endsOn !== null && window.endsOn < window.startsOn) {
    return { field: "endsOn", message: `endsOn must be on or after startsOn (${toIsoDate(window.startsOn)})` };
  }
  return null;
}

/**
 * Why `next` may not replace `current`, or null when it may: it must agree with `current` on every
 * day before `today`. So a started priority keeps its first day, an ended one stays ended, and the
 * earliest a priority can be ended is yesterday (it then no longer counts from today).
 */
export function windowChangeProblem(current: PriorityWindow, next: PriorityWindow, today: Date): WindowProblem | null {
  const shape = windowShapeProblem(next);
  if (shape) return shape;
  const before = pastPart(current, today);
  const after = pastPart(next, today);
  if (before?.[0] === after?.[0] && before?.[1] === after?.[1]) return null;
  const yesterday = addDays(today, -1);
  if (before === null) {
    return { field: "startsOn", message: `startsOn must be today (${toIsoDate(today)}) or later: the priority was not in force on earlier days` };
  }
  if (after === null || after[0] !== before[0]) {
    return {
      field: "startsOn",
      message: `The priority has been in force since ${toIsoDate(current.startsOn)} and keeps that first day, so past scorecards read the same; end it and create a new priority instead`,
    };
  }
  if (current.endsOn !== null && current.endsOn < yesterday) {
    return { field: "endsOn", message: `The priority ended on ${toIsoDate(current.endsOn)}; an ended priority stays ended so past scorecards read the same` };
  }
  return { field: "endsOn", message: `endsOn must be yesterday (${toIsoDate(yesterday)}) or later: an earlier end would change past scorecards` };
}

/**
 * What "End from today" offers for a priority: it can be ended (endsOn = yesterday) while in force
 * and started before today; it was just ended while its last day is yesterday or later, which is
 * when clearing the end date still leaves every past day as it was.
 */
export function endChoice(window: PriorityWindow, today: Date): { canEnd: boolean; justEnded: boolean } {
  const yesterday = addDays(today, -1);
  return {
    canEnd: isInForce(window, today) && window.startsOn <= yesterday,
    justEnded: window.endsOn !== null && window.endsOn.getTime() === yesterday.getTime() && window.startsOn <= yesterday,
  };
}
