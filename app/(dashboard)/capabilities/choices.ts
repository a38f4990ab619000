// What the capability forms (new, edit) offer to choose from, for the person filling them in: a process owner
// picks among their own processes; owners are people who may then develop the capability.
import { assignable, type Assignable } from "@/components/processes/assignable";
import { can, type Actor } from "@/lib/auth/permissions";
import { listProcessChoices } from "@/lib/db/capabilities";
import { listPeopleToAssign } from "@/lib/db/processes";
import { mayOwnCapability } from "@/lib/services/capabilities";

export async function capabilityChoices(actor: Actor, keep: { process: string | null; ownerId: number | null } = { process: null, ownerId: null }) {
  const [processes, people] = await Promise.all([listProcessChoices(), listPeopleToAssign(keep.ownerId === null ? [] : [keep.ownerId])]);
  const everyProcess = can(actor, "capability:manage", { ownerId: null });
  return {
    processes: processes.filter((process) => everyProcess || process.ownerId === actor.id || process.code === keep.process),
    // The current owner stays on offer even when inactive, so a save never changes them by accident.
    people: people.map(assignable).filter((person: Assignable) => person.id === keep.ownerId || mayOwnCapability(person)),
  };
}
