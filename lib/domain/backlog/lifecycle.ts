// The initiative lifecycle: which status may follow which, as which board decision, by whom
// (docs/prioritisation.md § Lifecycle).
import { can, type Actor, type Permission } from "../../auth/permissions";
import type { DecisionKind, InitiativeStatus } from "./types";

export interface Transition {
  to: InitiativeStatus;
  decision: DecisionKind;
  permission: Permission;
}

const decide = (to: InitiativeStatus, decision: DecisionKind): Transition => ({ to, decision, permission: "initiative:decide" });
const run = (to: InitiativeStatus, decision: DecisionKind): Transition => ({ to, decision, permission: "initiative:run" });

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

/** Why `actor` may not move the initiative to `to`; empty when the move is allowed. */
export function transitionProblems(initiative: InitiativeForTransition, to: InitiativeStatus, actor: Actor): string[] {
  const transition = transitionOf(initiative.status, to);
  if (!transition) {
    return [`An initiative cannot go from ${STATUS_LABELS[initiative.status]} to ${STATUS_LABELS[to]}`];
  }
  const problems: string[] = [];
  const permissionProblem = actorProblem(transition, initiative, actor);
  if (permissionProblem) problems.push(permissionProblem);
  if (ROOT_CAUSE_STATUSES.includes(to) && (initiative.rootCause ?? "").trim() === "") {
    problems.push("A root cause is required before approval");
  }
  if (to === "approved" && initiative.kpiCount === 0) {
    problems.push("At least one KPI must be linked before approval, so the outcome can be measured");
  }
  return problems;
}

function actorProblem(transition: Transition, initiative: InitiativeForTransition, actor: Actor): string | null {
  if (can(actor, transition.permission, { ownerId: initiative.ownerId })) return null;
  if (transition.permission === "initiative:run" && can(actor, transition.permission)) {
    return `Only the initiative's owner may ${transition.decision} it`;
  }
  return transition.permission === "initiative:run"
    ? `You do not have permission to ${transition.decision} initiatives`
    : `Only the governance board may ${transition.decision} initiatives`;
}

/** Why `actor` may not rank the initiative; empty when it may. */
export function rankProblems(initiative: Pick<InitiativeForTransition, "status">, actor: Actor): string[] {
  const problems: string[] = [];
  if (!can(actor, "initiative:decide")) problems.push("Only the governance board may rank initiatives");
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
