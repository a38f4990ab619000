// A board decision on an initiative: a lifecycle move (triage, approve, start…) or a new rank.
// The lifecycle rules (lib/domain/backlog/lifecycle.ts) say which moves exist and what each needs;
// the permission matrix says who this person is to the initiative.
import { backlogRights } from "@/lib/auth/backlog-rights";
import type { Actor } from "@/lib/auth/permissions";
import {
  allowedTransitions,
  deciderProblem,
  locatedTransitionProblems,
  rankProblems,
  type BacklogRights,
  type Transition,
} from "@/lib/domain/backlog/lifecycle";
import type { DecisionKind, InitiativeStatus } from "@/lib/domain/backlog/types";
import { findInitiativeForDecision, writeDecision, type BoardDecisionRow, type InitiativeForDecision } from "@/lib/db/initiative-decisions";
import type { BacklogInitiative } from "@/lib/db/initiatives";
import { forbidden, invalid, invalidAt, ok, refuse, type Refusal, type Result } from "@/lib/refusal";
import { decisionInputSchema, type DecisionInput } from "@/lib/schemas/initiative";
import { parseWith } from "@/lib/schemas/problems";
import { noInitiative, staleInitiative } from "./initiatives";
import { transactionally } from "./transaction";

export interface Decided {
  decision: BoardDecisionRow;
  initiative: BacklogInitiative;
}

/** The move `decision` makes from `status`, if the lifecycle has one. */
function transitionFor(status: InitiativeStatus, decision: DecisionKind): Transition | undefined {
  return allowedTransitions(status).find((t) => t.decision === decision);
}

/** Records `input` on initiative `id`; refused as a conflict when its `version` is not the current one. */
export async function decideInitiative(actor: Actor, id: number, input: unknown): Promise<Result<Decided>> {
  const current = await findInitiativeForDecision(id);
  if (!current) return refuse(noInitiative(id));
  const rights = backlogRights(actor, current);
  if (!rights.decides && !rights.runsThis) {
    return refuse(forbidden("Only the governance board, or the initiative's owner for start and complete, may decide on an initiative."));
  }
  const parsed = parseWith(decisionInputSchema, input, "The decision was refused; `errors` names each field.");
  if (!parsed.ok) return parsed;
  const decision = parsed.value;
  if (decision.version !== current.version) return refuse(staleInitiative(current.code));
  const refused = decision.decision === "rank" ? rankRefusal(current, decision, rights) : transitionRefusal(current, decision, rights);
  if (refused) return refuse(refused);
  const to = decision.decision === "rank" ? null : (transitionFor(current.status, decision.decision)?.to ?? null);
  return transactionally(async (tx) => {
    const written = await writeDecision(tx, actor.id, current, decision, to);
    return written ? ok(written) : refuse(staleInitiative(current.code));
  });
}

function rankRefusal(current: InitiativeForDecision, decision: DecisionInput, rights: BacklogRights): Refusal | null {
  if (!rights.decides) return forbidden("Only the governance board may rank initiatives.");
  if (decision.rank === undefined) return invalidAt("rank", "A rank decision needs the new rank");
  const problems = rankProblems(current, rights);
  return problems.length > 0 ? invalid(problems.map((message) => ({ path: "decision", message }))) : null;
}

function transitionRefusal(current: InitiativeForDecision, decision: DecisionInput, rights: BacklogRights): Refusal | null {
  const transition = transitionFor(current.status, decision.decision);
  if (!transition) {
    const allowed = allowedTransitions(current.status).map((t) => t.decision);
    const options = allowed.length > 0 ? `: it may be ${allowed.join(", ")}` : "";
    return invalidAt("decision", `A ${current.status} initiative cannot take the decision '${decision.decision}'${options}`);
  }
  if (deciderProblem(transition, rights)) {
    const who = transition.by === "runner" ? "the initiative's owner (or an executive)" : "the governance board";
    return forbidden(`Only ${who} may ${decision.decision} this initiative.`);
  }
  if (decision.rank !== undefined && !rights.decides) return forbidden("Only the governance board may rank initiatives.");
  const problems = locatedTransitionProblems({ ...current, kpiCount: current._count.kpis }, transition.to, rights);
  return problems.length > 0 ? invalid(problems) : null;
}
