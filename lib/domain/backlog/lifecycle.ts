// The initiative lifecycle: which status may follow which, as which board decision, by whom
// (docs/prioritisation.md § Lifecycle).
import type { DecisionKind, InitiativeStatus } from "./types";

/** Who takes a move: the governance board, or whoever runs the initiative. */
export type Decider = "board" | "runner";

export interface Transition {
  to: InitiativeStatus;
  decision: DecisionKind;
  by: Decider;
}

/**
 * What the person acting may do with this initiative, decided by the permission matrix before the
 * rules are asked (lib/auth/backlog-rights.ts): the rules themselves know no roles.
 */
export interface BacklogRights {
  /** Takes board decisions. */
  decides: boolean;
  /** Runs this initiative (its owner, or anyone who may run any). */
  runsThis: boolean;
  /** Runs some initiatives, perhaps not this one. */
  runsSome: boolean;
}

const decide = (to: InitiativeStatus, decision: DecisionKind): Transition => ({ to, decision, by: "board" });
const run = (to: InitiativeStatus, decision: DecisionKind): Transition => ({ to, decision, by: "runner" });

/**
 * Every allowed move. Deferring is possible at any point before done, so the board can park work
 * (a capability trap included); deferred and rejected initiatives reopen into triage, so they pass
 * the board again rather than jump back to where they were. Done is final.
 */
export const TRANSITIONS: Readonly<Record<InitiativeStatus, readonly Transition[]>> = {
  proposed: [decide("triaged", "triage"), decide("rejected", "reject"), decide("deferred", "defer")],
  triaged: [decide("approved", "approve"), decide("rejected", "reject"), decide("deferred", "defer")],
  approved: [run("in_progress", "start"), decide("deferred", "defer")],
  in_progress: [run("done", "complete"), decide("deferred", "defer")],
  deferred: [decide("triaged", "reopen")],
  rejected: [decide("triaged", "reopen")],
  done: [],
};

/** Statuses in which the board may rank an initiative: on the way to, or in, delivery. */
export const RANKABLE_STATUSES: readonly InitiativeStatus[] = ["triaged", "approved", "in_progress"];

/** Statuses the database refuses without a root cause. */
export const ROOT_CAUSE_STATUSES: readonly InitiativeStatus[] = ["approved", "in_progress", "done"];

export function allowedTransitions(status: InitiativeStatus): readonly Transition[] {
  return TRANSITIONS[status];
}

export function transitionOf(from: InitiativeStatus, to: InitiativeStatus): Transition | undefined {
  return TRANSITIONS[from].find((t) => t.to === to);
}

/** What the rules need to know about the initiative being moved. */
export interface InitiativeForTransition {
  status: InitiativeStatus;
  ownerId: number;
  rootCause: string | null;
  /** Linked KPIs; when given, approval needs at least one (the outcome must be measurable). */
  kpiCount?: number;
}

const STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: "proposed",
  triaged: "triaged",
  approved: "approved",
  in_progress: "in progress",
  done: "done",
  rejected: "rejected",
  deferred: "deferred",
};

/** What the initiative lacks or the person may not do, with the field it concerns. */
export interface TransitionProblem {
  /** "decision" for the move itself or who takes it; otherwise the initiative's field at fault. */
  path: "decision" | "rootCause" | "kpis";
  message: string;
}

/** Why someone with `rights` may not move the initiative to `to`, each at its field; empty when allowed. */
export function locatedTransitionProblems(initiative: InitiativeForTransition, to: InitiativeStatus, rights: BacklogRights): TransitionProblem[] {
  const transition = transitionOf(initiative.status, to);
  if (!transition) {
    return [{ path: "decision", message: `An initiative cannot go from ${STATUS_LABELS[initiative.status]} to ${STATUS_LABELS[to]}` }];
  }
  const problems: TransitionProblem[] = [];
  const permissionProblem = deciderProblem(transition, rights);
  if (permissionProblem) problems.push({ path: "decision", message: permissionProblem });
  if (ROOT_CAUSE_STATUSES.includes(to) && (initiative.rootCause ?? "").trim() === "") {
    problems.push({ path: "rootCause", message: "A root cause is required before approval" });
  }
  if (to === "approved" && initiative.kpiCount === 0) {
    problems.push({ path: "kpis", message: "At least one KPI must be linked before approval, so the outcome can be measured" });
  }
  return problems;
}

/** Why someone with `rights` may not move the initiative to `to`; empty when the move is allowed. */
export function transitionProblems(initiative: InitiativeForTransition, to: InitiativeStatus, rights: BacklogRights): string[] {
  return locatedTransitionProblems(initiative, to, rights).map((problem) => problem.message);
}

/** Whether this person takes this move: a refusal message, or null. */
export function deciderProblem(transition: Transition, rights: BacklogRights): string | null {
  if (transition.by === "board") return rights.decides ? null : `Only the governance board may ${transition.decision} initiatives`;
  if (rights.runsThis) return null;
  return rights.runsSome ? `Only the initiative's owner may ${transition.decision} it` : `You do not have permission to ${transition.decision} initiatives`;
}

/** Why someone with `rights` may not rank the initiative; empty when they may. */
export function rankProblems(initiative: Pick<InitiativeForTransition, "status">, rights: Pick<BacklogRights, "decides">): string[] {
  const problems: string[] = [];
  if (!rights.decides) problems.push("Only the governance board may rank initiatives");
  if (!RANKABLE_STATUSES.includes(initiative.status)) {
    problems.push(`A ${STATUS_LABELS[initiative.status]} initiative cannot be ranked`);
  }
  return problems;
}

/** Which timestamp a move sets, so the caller stamps it in the same write. */
export function timestampFor(to: InitiativeStatus): "approvedAt" | "startedAt" | "completedAt" | null {
  if (to === "approved") return "approvedAt";
  if (to === "in_progress") return "startedAt";
  return to === "done" ? "completedAt" : null;
}
