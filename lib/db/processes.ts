// Processes as documented: the list, one process with its steps and accountabilities, and the
// queries its edit (lib/services/processes.ts) writes with.
import { db } from "./client";
import type { Tx } from "./transaction";

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

export function findProcessForEdit(tx: Tx, code: string) {
  return tx.process.findUnique({ where: { code }, include: { steps: { orderBy: { position: "asc" } }, monitoring: { orderBy: { id: "asc" } } } });
}

export interface ProcessDocumentation {
  purpose: string;
  inputs: string[];
  outputs: string[];
  decisions: string[];
  roles: string[];
}

/**
 * Writes the documentation and bumps the version only while it is still `version`: a concurrent
 * save loses cleanly (false) instead of merging.
 */
export async function updateProcessAtVersion(tx: Tx, id: number, version: number, documentation: ProcessDocumentation): Promise<boolean> {
  const { purpose, inputs, outputs, decisions, roles } = documentation;
  const bumped = await tx.process.updateMany({ where: { id, version }, data: { purpose, inputs, outputs, decisions, roles, version: { increment: 1 } } });
  return bumped.count > 0;
}

export function listStepsWithKpis(tx: Tx, processId: number) {
  return tx.processStep.findMany({ where: { processId }, include: { kpis: { select: { code: true, name: true }, orderBy: { code: "asc" } } } });
}

/** Removes `removedIds`, then renames and renumbers the kept steps and adds the new ones, keeping ids. */
export async function replaceSteps(tx: Tx, processId: number, removedIds: number[], steps: { id?: number; name: string }[]): Promise<void> {
  await tx.processStep.deleteMany({ where: { id: { in: removedIds } } });
  // (processId, position) is unique: park kept steps out of the way before renumbering them.
  await tx.processStep.updateMany({ where: { processId }, data: { position: { increment: 100_000 } } });
  for (const [index, step] of steps.entries()) {
    const position = index + 1;
    if (step.id) await tx.processStep.update({ where: { id: step.id }, data: { position, name: step.name } });
    else await tx.processStep.create({ data: { processId, position, name: step.name } });
  }
}

export function countActiveUsers(tx: Tx, ids: number[]): Promise<number> {
  return tx.user.count({ where: { id: { in: ids }, active: true } });
}

/** Monitoring actions have no dependants, so the edited list simply replaces the old one. */
export async function replaceMonitoring(
  tx: Tx,
  processId: number,
  actions: { action: string; cadence: "weekly" | "monthly" | "quarterly"; accountableId: number }[],
): Promise<void> {
  await tx.monitoringAction.deleteMany({ where: { processId } });
  await tx.monitoringAction.createMany({ data: actions.map((action) => ({ ...action, processId })) });
}

/** Active users who can be made accountable for a monitoring action. */
export function listAccountableCandidates() {
  return db().user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
