// The owner's (or an admin's) edit of a process, all or nothing: documentation, steps in order,
// monitoring actions, the version bump and the audit event commit together.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
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
  const existing = await listStepsWithKpis(tx, processId);
  const existingIds = new Set(existing.map((step) => step.id));
  // A step id the process no longer has means the editor worked from an old page.
  if (steps.some((step) => step.id !== undefined && !existingIds.has(step.id))) return STALE;
  const keptIds = new Set(steps.flatMap((step) => (step.id ? [step.id] : [])));
  const removed = existing.filter((step) => !keptIds.has(step.id));
  const blocked = removed.filter((step) => step.kpis.length > 0);
  if (blocked.length > 0) return invalidAt("steps", stepHasKpisMessage(blocked));
  await replaceSteps(
    tx,
    processId,
    removed.map((step) => step.id),
    steps,
  );
  return null;
}

function stepHasKpisMessage(steps: { name: string; kpis: { code: string; name: string }[] }[]): string {
  const named = steps.map((step) => `"${step.name}" (${step.kpis.map((kpi) => `${kpi.name} ${kpi.code}`).join(", ")})`);
  return `A step with KPIs mapped to it cannot be removed: ${named.join("; ")}. Map those KPIs to another step first, or keep the step.`;
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
