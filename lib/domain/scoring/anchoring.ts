// A demand KPI is anchored in its business priority only while the priority is in force: outside
// the priority's window it is "not anchored" and stays out of the scorecard's score
// (docs/scoring.md § 5).
import type { PriorityInput } from "./types";

/** Why a demand KPI is, or is not, top-level on a day. */
export type Anchor = "in-force" | "not-started" | "ended" | "no-priority";

/** `priority` is the KPI's priority as the snapshot knows it: undefined when it has none or it is missing. */
export function anchorOf(priority: Pick<PriorityInput, "startsOn" | "endsOn"> | undefined, asOf: Date): Anchor {
  if (!priority) return "no-priority";
  if (priority.startsOn > asOf) return "not-started";
  if (priority.endsOn !== null && priority.endsOn < asOf) return "ended";
  return "in-force";
}

/** A priority counts from its first day to its last (inclusive); open-ended ones never lapse. */
export function isInForce(priority: Pick<PriorityInput, "startsOn" | "endsOn">, asOf: Date): boolean {
  return anchorOf(priority, asOf) === "in-force";
}
