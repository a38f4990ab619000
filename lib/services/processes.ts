// Processes: created by those who appoint process owners (admins, the CTO), documented by their
// owner, and monitored by whoever is accountable for each monitoring action. Every change is all or
// nothing with its audit event; an edit carries the version it started from.
import { can, notPermitted, ROLE_LABELS, type Actor, type Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import {
  activeUsersByEmail,
  createProcess,
  findMonitoringAction,
  getProcessDetail,
  listStepsWithKpis,
  processCodeTaken,
  recordMonitoringDone,
  replaceSteps,
  syncMonitoring,
  updateProcessAtVersion,
  type MonitoringLogRow,
  type ProcessChanges,
  type ProcessDetail,
} from "@/lib/db/processes";
import type { Tx } from "@/lib/db/transaction";
import { monitoringDue } from "@/lib/domain/monitoring-due";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { leftOut, planStepEdit } from "@/lib/domain/process-steps";
import { conflict, forbidden, invalidAt, notFound, ok, refuse, type Refusal, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { parseWith } from "@/lib/schemas/problems";
import {
  monitoringDoneSchema,
  processChangeSchema,
  processCreateSchema,
  processStepsReplaceSchema,
  PROCESS_IDENTITY_FIELDS,
  type MonitoringLogJson,
  type ProcessChangeInput,
  type ProcessJson,
} from "@/lib/schemas/process";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

type LiveAction = ProcessDetail["monitoring"][number];
type Person = { id: number; role: Role };

/** A live monitoring action's due state on `today`, as every page and the API show it. */
export function actionDue(action: Pick<LiveAction, "cadence" | "cadenceSince" | "log">, today: Date) {
  const lastDoneOn = action.log[0]?.doneOn ?? null;
  return { ...monitoringDue({ cadence: action.cadence, startedOn: action.cadenceSince, lastDoneOn }, today), lastDoneOn };
}

/** Whom the pickers offer: owners must be able to document a process, accountable people to log an action. */
export function mayHold(person: Person, duty: "owner" | "accountable"): boolean {
  return duty === "owner" ? can(person, "process:update", { ownerId: person.id }) : can(person, "monitoring:log", { ownerId: person.id });
}

/** Who may log a monitoring action as done: whoever is accountable for it, the process owner, an admin. */
export function mayLogMonitoring(actor: Actor, action: { accountableId: number }, processOwnerId: number): boolean {
  return can(actor, "monitoring:log", { ownerId: action.accountableId }) || can(actor, "process:update", { ownerId: processOwnerId });
}

/** The process as the API reads it, with each monitoring action's due state on `today`. */
export function processJson(process: ProcessDetail, today: Date): ProcessJson {
  return {
    ...processRecord(process),
    monitoring: process.monitoring.map((action) => {
      const { lastDoneOn: lastDone, ...due } = actionDue(action, today);
      return {
        id: action.id,
        action: action.action,
        cadence: action.cadence,
        accountable: { email: action.accountable.email, name: action.accountable.name },
        state: due.state,
        dueBy: toIsoDate(due.dueBy),
        overdueSince: due.overdueSince === null ? null : toIsoDate(due.overdueSince),
        lastDoneOn: lastDone === null ? null : toIsoDate(lastDone),
      };
    }),
  };
}

/** What the audit log keeps of a process: its definition, without the day's due states. */
function processRecord(process: ProcessDetail) {
  return {
    code: process.code,
    name: process.name,
    kind: process.kind,
    framework: process.framework,
    owner: { email: process.owner.email, name: process.owner.name },
    purpose: process.purpose,
    inputs: process.inputs,
    outputs: process.outputs,
    decisions: process.decisions,
    roles: process.roles,
    steps: process.steps.map((step) => ({
      id: step.id,
      position: step.position,
      name: step.name,
      description: step.description,
      kpis: step.kpis.map((kpi) => kpi.code),
    })),
    monitoring: process.monitoring.map((action) => ({
      id: action.id,
      action: action.action,
      cadence: action.cadence,
      accountable: { email: action.accountable.email, name: action.accountable.name },
    })),
    version: process.version,
  };
}

export function monitoringLogJson(entry: MonitoringLogRow): MonitoringLogJson {
  return {
    id: entry.id,
    actionId: entry.actionId,
    action: entry.action.action,
    doneOn: toIsoDate(entry.doneOn),
    note: entry.note,
    loggedBy: entry.loggedBy.email,
    loggedAt: entry.createdAt.toISOString(),
  };
}

const taken = (code: string) => conflict(`A process with code ${code} already exists. Choose another code.`);
/**
 * The person an email names, when they can do what the role asks of them: an owner documents the
 * process (process:update on their own), an accountable person logs the action (monitoring:log).
 */
function personFor(people: Map<string, Person>, field: string, email: string, duty: "owner" | "accountable"): Result<number> {
  const person = people.get(email.toLowerCase());
  if (!person) return refuse(invalidAt(field, `No active user has the email ${email}. Choose someone who can sign in.`));
  if (mayHold(person, duty)) return ok(person.id);
  const task =
    duty === "owner" ? "document a process: choose a process owner, an executive or an administrator" : "log monitoring actions: choose someone else";
  return refuse(invalidAt(field, `${email} (${ROLE_LABELS[person.role]}) may not ${task}.`));
}
const missingProcess = (code: string) => notFound(`There is no process ${code}.`);

export async function createProcessFor(actor: Actor, input: unknown): Promise<Result<ProcessJson>> {
  if (!can(actor, "process:manage")) return refuse(notPermitted("process:manage"));
  const parsed = parseWith(processCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { ownerEmail, ...process } = parsed.value;
  return createUnlessTaken(taken(process.code), () =>
    transactionally(async (tx) => {
      const owner = personFor(await activeUsersByEmail(tx, [ownerEmail]), "ownerEmail", ownerEmail, "owner");
      if (!owner.ok) return owner;
      if (await processCodeTaken(tx, process.code)) return refuse(taken(process.code));
      await createProcess(tx, { ...process, ownerId: owner.value });
      const created = await mustFind(tx, process.code);
      const after = processRecord(created);
      await recordAudit(tx, { actorId: actor.id, action: "process.create", entityType: "Process", entityId: process.code, after });
      return ok(processJson(created, utcDay(new Date())));
    }),
  );
}

const DOCUMENTATION_FIELDS = ["purpose", "inputs", "outputs", "decisions", "roles", "steps", "monitoring"] as const;

/**
 * Changes what is sent, at the version the editor saw. What the process is and who owns it is for
 * those who manage processes; its documentation, steps and monitoring are for its owner (and admins).
 */
export async function changeProcess(actor: Actor, code: string, input: unknown): Promise<Result<ProcessJson>> {
  if (!can(actor, "process:manage") && !can(actor, "process:update")) return refuse(notPermitted("process:update"));
  if (!codeParamSchema.safeParse(code).success) return refuse(missingProcess(code));
  const parsed = parseWith(processChangeSchema, input);
  if (!parsed.ok) return parsed;
  const change = parsed.value;
  const identity = PROCESS_IDENTITY_FIELDS.some((field) => change[field] !== undefined);
  const documentation = DOCUMENTATION_FIELDS.some((field) => change[field] !== undefined);
  if (!identity && !documentation) {
    return refuse(invalidAt("body", `Send version with what to change: ${[...PROCESS_IDENTITY_FIELDS, ...DOCUMENTATION_FIELDS].join(", ")}`));
  }
  if (identity && !can(actor, "process:manage")) return refuse(notPermitted("process:manage"));
  return transactionally(async (tx) => {
    const current = await getProcessDetail(code, tx);
    if (!current) return refuse(missingProcess(code));
    if (documentation && !can(actor, "process:update", { ownerId: current.ownerId })) return refuse(notPermitted("process:update"));
    const stale = changedMeanwhile(`Process ${code}`);
    if (current.version !== change.version) return refuse(stale);

    const people = await activeUsersByEmail(tx, [
      ...(change.ownerEmail ? [change.ownerEmail] : []),
      ...(change.monitoring ?? []).map((m) => m.accountableEmail),
    ]);
    const owner = change.ownerEmail === undefined ? ok(undefined) : personFor(people, "ownerEmail", change.ownerEmail, "owner");
    if (!owner.ok) return owner;
    const { name, kind, framework, purpose, inputs, outputs, decisions, roles } = change;
    const fields: ProcessChanges = { name, kind, framework, ownerId: owner.value, purpose, inputs, outputs, decisions, roles };
    // The version-guarded update comes first: it locks the process row, so a concurrent save of the
    // same version waits and then loses here, before either touches the steps or monitoring.
    if (!(await updateProcessAtVersion(tx, current.id, change.version, fields))) return refuse(stale);
    const refused = (await changeSteps(tx, current, change)) ?? (await changeMonitoring(tx, current, change, people));
    if (refused) return refuse(refused);
    const changed = await mustFind(tx, code);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "process.update",
      entityType: "Process",
      entityId: code,
      before: processRecord(current),
      after: processRecord(changed),
    });
    return ok(processJson(changed, utcDay(new Date())));
  });
}

/** Renames, adds, removes and reorders steps while keeping the ids the KPIs are mapped to; a refusal when it may not. */
async function changeSteps(tx: Tx, current: ProcessDetail, change: ProcessChangeInput): Promise<Refusal | null> {
  if (change.steps === undefined) return null;
  const plan = planStepEdit(await listStepsWithKpis(tx, current.id), change.steps);
  if (plan.kind === "stale") return changedMeanwhile(`Process ${current.code}`);
  if (plan.kind === "blocked") return invalidAt("steps", plan.message);
  await replaceSteps(tx, current.id, plan.removedIds, change.steps);
  return null;
}

async function changeMonitoring(tx: Tx, current: ProcessDetail, change: ProcessChangeInput, people: Map<string, Person>): Promise<Refusal | null> {
  if (change.monitoring === undefined) return null;
  const retired = leftOut(current.monitoring, change.monitoring);
  if (retired === null) return changedMeanwhile(`Process ${current.code}`);
  const cadences = new Map(current.monitoring.map((action) => [action.id, action.cadence]));
  const actions = [];
  for (const [index, { accountableEmail, ...action }] of change.monitoring.entries()) {
    const accountable = personFor(people, `monitoring[${index}].accountableEmail`, accountableEmail, "accountable");
    if (!accountable.ok) return accountable.refusal;
    const cadenceChanged = action.id !== undefined && cadences.get(action.id) !== action.cadence;
    actions.push({ ...action, accountableId: accountable.value, cadenceChanged });
  }
  await syncMonitoring(
    tx,
    current.id,
    retired.map((action) => action.id),
    actions,
  );
  return null;
}

async function mustFind(tx: Tx, code: string): Promise<ProcessDetail> {
  const process = await getProcessDetail(code, tx);
  if (!process) throw new Error(`Process ${code} vanished inside its own transaction`);
  return process;
}

/** Records that a monitoring action was carried out: by whoever is accountable for it, the process owner or an admin. */
export async function logMonitoringDone(actor: Actor, processCode: string, actionId: number, input: unknown): Promise<Result<MonitoringLogJson>> {
  if (!can(actor, "monitoring:log") && !can(actor, "process:update")) return refuse(notPermitted("monitoring:log"));
  const missing = notFound(`Process ${processCode} has no monitoring action ${actionId}.`);
  if (!codeParamSchema.safeParse(processCode).success) return refuse(missing);
  const parsed = parseWith(monitoringDoneSchema, input);
  if (!parsed.ok) return parsed;
  const { doneOn, note } = parsed.value;
  const today = utcDay(new Date());
  if (doneOn.getTime() > today.getTime()) return refuse(invalidAt("doneOn", `doneOn cannot be after today (${toIsoDate(today)}): log it once it is done.`));
  return transactionally(async (tx) => {
    const action = await findMonitoringAction(tx, processCode, actionId);
    if (!action) return refuse(missing);
    if (!mayLogMonitoring(actor, action, action.process.ownerId))
      return refuse(forbidden("Only whoever is accountable for this monitoring action, the process owner or an administrator may log it."));
    const setUp = utcDay(action.createdAt);
    if (doneOn.getTime() < setUp.getTime()) {
      return refuse(invalidAt("doneOn", `doneOn cannot be before the action was set up (${toIsoDate(setUp)}).`));
    }
    const entry = monitoringLogJson(await recordMonitoringDone(tx, { actionId, doneOn, note, loggedById: actor.id }));
    await recordAudit(tx, { actorId: actor.id, action: "monitoring.done", entityType: "MonitoringAction", entityId: String(actionId), after: entry });
    return ok(entry);
  });
}

/** Replaces the steps in their new order (PUT …/steps): the steps part of changing the process's documentation. */
export async function replaceProcessSteps(actor: Actor, code: string, input: unknown): Promise<Result<ProcessJson>> {
  const parsed = parseWith(processStepsReplaceSchema, input);
  if (!parsed.ok) return parsed;
  return changeProcess(actor, code, parsed.value);
}
