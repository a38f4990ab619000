import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MonitoringActionInput, ProcessStepInput, ProcessUpdateInput } from "@/lib/schemas/process";
import { db } from "./client";
import { recordAudit } from "./audit";

export async function listProcesses() {
  return db().process.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      framework: true,
      purpose: true,
      owner: { select: { name: true } },
      _count: { select: { steps: true, monitoring: true } },
      steps: { select: { _count: { select: { kpis: true } } } },
    },
  });
}

/** Everything the process page shows: documentation, steps with their KPIs, accountabilities. */
export async function getProcessDetail(code: string) {
  return db().process.findUnique({
    where: { code },
    include: {
      owner: { select: { id: true, name: true, email: true } },
      steps: {
        orderBy: { position: "asc" },
        include: { kpis: { orderBy: { code: "asc" }, select: { id: true, code: true, name: true, indicatorType: true, archivedAt: true } } },
      },
      monitoring: { orderBy: { id: "asc" }, include: { accountable: { select: { id: true, name: true } } } },
      capabilities: { orderBy: { code: "asc" }, select: { id: true, code: true, name: true, kind: true, currentMaturity: true, targetMaturity: true } },
      coordination: { orderBy: { name: "asc" }, include: { lead: { select: { name: true } } } },
    },
  });
}
export type ProcessDetail = NonNullable<Awaited<ReturnType<typeof getProcessDetail>>>;

/** A refused edit the editor can act on; `field` names the form field it concerns. */
export class ProcessEditError extends Error {
  constructor(
    message: string,
    readonly reason: "not_found" | "stale" | "step_has_kpis" | "unknown_step" | "unknown_user",
    readonly field?: string,
  ) {
    super(message);
    this.name = "ProcessEditError";
  }
}

const STALE_MESSAGE = "This process was changed by someone else while you were editing. Nothing was saved: reload the page to see their changes, then edit again.";

/**
 * The owner's (or an admin's) edit of a process, all or nothing: documentation, steps in order,
 * monitoring actions, the version bump and the audit event commit together.
 */
export async function updateProcess(actor: Actor, input: ProcessUpdateInput): Promise<{ version: number }> {
  return db().$transaction(async (tx) => {
    const current = await tx.process.findUnique({
      where: { code: input.code },
      include: { steps: { orderBy: { position: "asc" } }, monitoring: { orderBy: { id: "asc" } } },
    });
    if (!current) throw new ProcessEditError(`There is no process ${input.code}.`, "not_found");
    assertCan(actor, "process:update", { ownerId: current.ownerId });
    // The version guard in the WHERE clause makes a concurrent save lose cleanly instead of merging.
    const bumped = await tx.process.updateMany({
      where: { id: current.id, version: input.version },
      data: { purpose: input.purpose, inputs: input.inputs, outputs: input.outputs, decisions: input.decisions, roles: input.roles, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw new ProcessEditError(STALE_MESSAGE, "stale");
    await syncSteps(tx, current.id, input.steps);
    await replaceMonitoring(tx, current.id, input.monitoring);
    const version = input.version + 1;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "process.update",
      entityType: "Process",
      entityId: String(current.id),
      before: processSnapshot(current),
      after: processSnapshot({ ...input, version, steps: input.steps, monitoring: input.monitoring }),
    });
    return { version };
  });
}

/** Renames, adds, removes and reorders steps while keeping the ids the KPIs are mapped to. */
async function syncSteps(tx: Prisma.TransactionClient, processId: number, steps: ProcessStepInput[]): Promise<void> {
  const existing = await tx.processStep.findMany({
    where: { processId },
    include: { kpis: { select: { code: true, name: true }, orderBy: { code: "asc" } } },
  });
  const existingIds = new Set(existing.map((step) => step.id));
  if (steps.some((step) => step.id !== undefined && !existingIds.has(step.id))) {
    throw new ProcessEditError(STALE_MESSAGE, "unknown_step", "steps");
  }
  const keptIds = new Set(steps.flatMap((step) => (step.id ? [step.id] : [])));
  const removed = existing.filter((step) => !keptIds.has(step.id));
  const blocked = removed.filter((step) => step.kpis.length > 0);
  if (blocked.length > 0) throw new ProcessEditError(stepHasKpisMessage(blocked), "step_has_kpis", "steps");
  await tx.processStep.deleteMany({ where: { id: { in: removed.map((step) => step.id) } } });
  // (processId, position) is unique: park kept steps out of the way before renumbering them.
  await tx.processStep.updateMany({ where: { processId }, data: { position: { increment: 100_000 } } });
  for (const [index, step] of steps.entries()) {
    const position = index + 1;
    if (step.id) await tx.processStep.update({ where: { id: step.id }, data: { position, name: step.name } });
    else await tx.processStep.create({ data: { processId, position, name: step.name } });
  }
}

function stepHasKpisMessage(steps: { name: string; kpis: { code: string; name: string }[] }[]): string {
  const named = steps.map((step) => `"${step.name}" (${step.kpis.map((kpi) => `${kpi.name} ${kpi.code}`).join(", ")})`);
  return `A step with KPIs mapped to it cannot be removed: ${named.join("; ")}. Map those KPIs to another step first, or keep the step.`;
}

/** Monitoring actions have no dependants, so the edited list simply replaces the old one. */
async function replaceMonitoring(tx: Prisma.TransactionClient, processId: number, actions: MonitoringActionInput[]): Promise<void> {
  const accountableIds = [...new Set(actions.map((action) => action.accountableId))];
  const known = await tx.user.count({ where: { id: { in: accountableIds }, active: true } });
  if (known !== accountableIds.length) throw new ProcessEditError("An accountable person is no longer an active user. Choose someone else.", "unknown_user", "monitoring");
  await tx.monitoringAction.deleteMany({ where: { processId } });
  await tx.monitoringAction.createMany({ data: actions.map((action) => ({ ...action, processId })) });
}

interface ProcessState {
  version: number;
  purpose: string;
  inputs: string[];
  outputs: string[];
  decisions: string[];
  roles: string[];
  steps: { id?: number; name: string }[];
  monitoring: { action: string; cadence: string; accountableId: number }[];
}

/** What the audit log keeps of a process before and after an edit. */
function processSnapshot(state: ProcessState): Prisma.InputJsonObject {
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

/** Active users who can be made accountable for a monitoring action. */
export function listAccountableCandidates() {
  return db().user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
