// Processes as documented: the list, one process with its steps, accountabilities and monitoring
// log, and the queries its create and edit (lib/services/processes.ts) write with.
import type { Role } from "@/lib/domain/enums";
import { ASSESSMENT_LEVELS } from "./capabilities";
import { db } from "./client";
import type { Tx } from "./transaction";

/** A live monitoring action with what its due state needs: when it started and when it was last done. */
const MONITORING_FIELDS = {
  where: { retiredAt: null },
  orderBy: { id: "asc" },
  select: {
    id: true,
    action: true,
    cadence: true,
    createdAt: true,
    cadenceSince: true,
    accountableId: true,
    accountable: { select: { id: true, name: true, email: true } },
    log: { orderBy: { doneOn: "desc" }, take: 1, select: { doneOn: true } },
  },
} as const;

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
      _count: { select: { steps: true } },
      steps: { select: { _count: { select: { kpis: { where: { archivedAt: null } } } } } },
      monitoring: MONITORING_FIELDS,
    },
  });
}
export type ProcessListRow = Awaited<ReturnType<typeof listProcesses>>[number];

/** Everything the process page and its API show: documentation, steps with their KPIs, accountabilities. */
export const PROCESS_DETAIL = {
  owner: { select: { id: true, name: true, email: true } },
  steps: {
    orderBy: { position: "asc" },
    include: { kpis: { orderBy: { code: "asc" }, select: { id: true, code: true, name: true, indicatorType: true, archivedAt: true } } },
  },
  monitoring: MONITORING_FIELDS,
  capabilities: {
    where: { archivedAt: null },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, kind: true, targetMaturity: true, assessments: ASSESSMENT_LEVELS },
  },
  coordination: { where: { archivedAt: null }, orderBy: { name: "asc" }, include: { lead: { select: { name: true, email: true } } } },
} as const;

export async function getProcessDetail(code: string, tx: Tx = db()) {
  return tx.process.findUnique({ where: { code }, include: PROCESS_DETAIL });
}

/** Every process in full, by code, for the API. */
export function listProcessDetails() {
  return db().process.findMany({ orderBy: { code: "asc" }, include: PROCESS_DETAIL });
}
export type ProcessDetail = NonNullable<Awaited<ReturnType<typeof getProcessDetail>>>;

/** The process a code names, with its owner (who decides what hangs off it: capabilities, coordination); null when none. */
export function findProcessOwner(tx: Tx, code: string) {
  return tx.process.findUnique({ where: { code }, select: { id: true, ownerId: true } });
}

export function processCodeTaken(tx: Tx, code: string): Promise<boolean> {
  return tx.process.count({ where: { code } }).then((n) => n > 0);
}

export interface NewProcess {
  code: string;
  name: string;
  kind: "exploit" | "explore";
  framework: string;
  purpose: string;
  ownerId: number;
}

export function createProcess(tx: Tx, process: NewProcess) {
  return tx.process.create({ data: { ...process, inputs: [], outputs: [], decisions: [], roles: [] }, select: { id: true } });
}

export interface ProcessChanges {
  name?: string;
  kind?: "exploit" | "explore";
  framework?: string;
  ownerId?: number;
  purpose?: string;
  inputs?: string[];
  outputs?: string[];
  decisions?: string[];
  roles?: string[];
}

/**
 * Writes the changes and bumps the version only while it is still `version`: a concurrent save
 * loses cleanly (false) instead of merging.
 */
export async function updateProcessAtVersion(tx: Tx, id: number, version: number, changes: ProcessChanges): Promise<boolean> {
  const bumped = await tx.process.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return bumped.count > 0;
}

export function listStepsWithKpis(tx: Tx, processId: number) {
  return tx.processStep.findMany({ where: { processId }, include: { kpis: { select: { code: true, name: true }, orderBy: { code: "asc" } } } });
}

/** Removes `removedIds`, then renames and renumbers the kept steps and adds the new ones, keeping ids. */
export async function replaceSteps(
  tx: Tx,
  processId: number,
  removedIds: number[],
  steps: readonly { id?: number | undefined; name: string; description: string }[],
): Promise<void> {
  await tx.processStep.deleteMany({ where: { id: { in: removedIds } } });
  // (processId, position) is unique: park kept steps out of the way before renumbering them.
  await tx.processStep.updateMany({ where: { processId }, data: { position: { increment: 100_000 } } });
  for (const [index, step] of steps.entries()) {
    const data = { position: index + 1, name: step.name, description: step.description };
    // processId too: a row of another process is never touched, whatever id is sent.
    if (step.id) await tx.processStep.updateMany({ where: { id: step.id, processId }, data });
    else await tx.processStep.create({ data: { processId, ...data } });
  }
}

/** Active users by lower-cased email, with their role: people are named by email at every boundary. */
export async function activeUsersByEmail(tx: Tx, emails: readonly string[]): Promise<Map<string, { id: number; role: Role }>> {
  if (emails.length === 0) return new Map();
  const users = await tx.user.findMany({
    where: { active: true, OR: emails.map((email) => ({ email: { equals: email, mode: "insensitive" as const } })) },
    select: { id: true, email: true, role: true },
  });
  return new Map(users.map((user) => [user.email.toLowerCase(), { id: user.id, role: user.role }]));
}

/**
 * Retires the actions left out (their log stays), updates the kept ones in place and adds the new
 * ones. A kept action whose cadence changes is owed under the new cadence from today, not retroactively.
 */
export async function syncMonitoring(
  tx: Tx,
  processId: number,
  retiredIds: number[],
  actions: readonly { id?: number | undefined; action: string; cadence: "weekly" | "monthly" | "quarterly"; accountableId: number; cadenceChanged: boolean }[],
): Promise<void> {
  const now = new Date();
  await tx.monitoringAction.updateMany({ where: { id: { in: retiredIds }, processId }, data: { retiredAt: now } });
  for (const { id, cadenceChanged, ...action } of actions) {
    if (id) await tx.monitoringAction.updateMany({ where: { id, processId }, data: { ...action, ...(cadenceChanged ? { cadenceSince: now } : {}) } });
    else await tx.monitoringAction.create({ data: { ...action, processId } });
  }
}

/** A live monitoring action of the process, with who may log it. */
export function findMonitoringAction(tx: Tx, processCode: string, id: number) {
  return tx.monitoringAction.findFirst({
    where: { id, retiredAt: null, process: { code: processCode } },
    select: { id: true, action: true, createdAt: true, accountableId: true, process: { select: { ownerId: true } } },
  });
}

const LOG_FIELDS = {
  id: true,
  actionId: true,
  doneOn: true,
  note: true,
  createdAt: true,
  action: { select: { action: true } },
  loggedBy: { select: { name: true, email: true } },
} as const;

export function recordMonitoringDone(tx: Tx, entry: { actionId: number; doneOn: Date; note: string; loggedById: number }) {
  return tx.monitoringLog.create({ data: entry, select: LOG_FIELDS });
}

/** The newest entries of the process's monitoring log, retired actions' included. */
export function listMonitoringLog(processId: number, take = 10) {
  return db().monitoringLog.findMany({
    where: { action: { processId } },
    orderBy: [{ doneOn: "desc" }, { id: "desc" }],
    take,
    select: LOG_FIELDS,
  });
}
export type MonitoringLogRow = Awaited<ReturnType<typeof listMonitoringLog>>[number];

/** Active users, for the owner and accountable pickers, and `alsoIds` (the current owner and accountable people) even when inactive. */
export function listPeopleToAssign(alsoIds: readonly number[] = []) {
  return db().user.findMany({
    where: { OR: [{ active: true }, { id: { in: [...alsoIds] } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
}
