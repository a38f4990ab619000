// The owner's (or an admin's) edit of a process, all or nothing: documentation, steps in order,
// monitoring actions, the version bump and the audit event commit together.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { planStepEdit } from "@/lib/domain/process-steps";
import { countActiveUsers, findProcessForEdit, listStepsWithKpis, replaceMonitoring, replaceSteps, updateProcessAtVersion } from "@/lib/db/processes";
import type { Tx } from "@/lib/db/transaction";
import { conflict, invalidAt, notFound, ok, refuse, type Refusal, type Result } from "@/lib/refusal";
import { processUpdateSchema, type ProcessStepInput, type ProcessUpdateInput } from "@/lib/schemas/process";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";

const STALE = conflict(
  "This process was changed by someone else while you were editing. Nothing was saved: reload the page to see their changes, then edit again.",
);

export async function updateProcess(actor: Actor, input: unknown): Promise<Result<{ version: number }>> {
  if (!can(actor, "process:update")) return refuse(notPermitted("process:update"));
  const parsed = parseWith(processUpdateSchema, input);
  if (!parsed.ok) return parsed;
  const edit = parsed.value;
  return transactionally(async (tx) => {
    const current = await findProcessForEdit(tx, edit.code);
    if (!current) return refuse(notFound(`There is no process ${edit.code}.`));
    if (!can(actor, "process:update", { ownerId: current.ownerId })) return refuse(notPermitted("process:update"));
    if (!(await updateProcessAtVersion(tx, current.id, edit.version, edit))) return refuse(STALE);
    const steps = await syncSteps(tx, current.id, edit.steps);
    if (steps) return refuse(steps);
    const accountable = [...new Set(edit.monitoring.map((action) => action.accountableId))];
    if ((await countActiveUsers(tx, accountable)) !== accountable.length) {
      return refuse(invalidAt("monitoring", "An accountable person is no longer an active user. Choose someone else."));
    }
    await replaceMonitoring(tx, current.id, edit.monitoring);
    const version = edit.version + 1;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "process.update",
      entityType: "Process",
      entityId: String(current.id),
      before: processSnapshot(current),
      after: processSnapshot({ ...edit, version }),
    });
    return ok({ version });
  });
}

/** Renames, adds, removes and reorders steps while keeping the ids the KPIs are mapped to; a refusal when it may not. */
async function syncSteps(tx: Tx, processId: number, steps: ProcessStepInput[]): Promise<Refusal | null> {
  const plan = planStepEdit(await listStepsWithKpis(tx, processId), steps);
  if (plan.kind === "stale") return STALE;
  if (plan.kind === "blocked") return invalidAt("steps", plan.message);
  await replaceSteps(tx, processId, plan.removedIds, steps);
  return null;
}

type ProcessState = Omit<ProcessUpdateInput, "code" | "steps"> & { steps: { id?: number; name: string }[] };

/** What the audit log keeps of a process before and after an edit. */
function processSnapshot(state: ProcessState) {
  return {
    version: state.version,
    purpose: state.purpose,
    inputs: state.inputs,
    outputs: state.outputs,
    decisions: state.decisions,
    roles: state.roles,
    steps: state.steps.map((step, index) => ({ position: index + 1, name: step.name, ...(step.id ? { id: step.id } : {}) })),
    monitoring: state.monitoring.map(({ action, cadence, accountableId }) => ({ action, cadence, accountableId })),
  };
}
