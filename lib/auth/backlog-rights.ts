// The permission matrix asked once about one initiative, so the lifecycle rules in lib/domain can
// take the answer without knowing roles.
import type { BacklogRights } from "@/lib/domain/backlog/lifecycle";
import { can, type Actor, type Owned } from "./permissions";

export function backlogRights(actor: Actor, initiative: Owned): BacklogRights {
  return {
    decides: can(actor, "initiative:decide"),
    runsThis: can(actor, "initiative:run", initiative),
    runsSome: can(actor, "initiative:run"),
  };
}

/** Proposing, running or deciding: who may comment on an initiative. */
export function takesPartIn(actor: Actor, initiative: Owned): boolean {
  return can(actor, "initiative:propose") || can(actor, "initiative:decide") || can(actor, "initiative:run", initiative);
}
