// Coordination mechanisms with the customer network (reference, collaboration and core groups,
// feedback channels, modelling workshops): part of documenting a process, so whoever may document
// the process creates, edits and retires its mechanisms. Nothing is deleted: a mechanism is retired.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import {
  coordinationCodeTaken,
  createCoordination,
  getCoordination,
  updateCoordinationAtVersion,
  type CoordinationFields,
  type CoordinationRow,
} from "@/lib/db/coordination";
import { activeUsersByEmail, findProcessOwner } from "@/lib/db/processes";
import type { Tx } from "@/lib/db/transaction";
import { conflict, invalidAt, notFound, ok, refuse, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { COORDINATION_EDITABLE, coordinationChangeSchema, coordinationCreateSchema, type CoordinationJson } from "@/lib/schemas/coordination";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

/** Whoever may document the process (its owner, admins) manages its coordination mechanisms. */
export function mayCoordinate(actor: Actor, process: { ownerId: number } | null): boolean {
  return can(actor, "process:update", { ownerId: process?.ownerId ?? null });
}

export function coordinationJson(row: CoordinationRow): CoordinationJson {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    purpose: row.purpose,
    cadence: row.cadence,
    participants: row.participants,
    process: row.process?.code ?? null,
    leadEmail: row.lead?.email ?? null,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

const taken = (code: string) => conflict(`A coordination mechanism with code ${code} already exists (perhaps retired). Choose another code.`);
const missing = (code: string) => notFound(`There is no coordination mechanism ${code}.`);

async function processFor(tx: Tx, code: string): Promise<Result<{ id: number; ownerId: number }>> {
  const process = await findProcessOwner(tx, code);
  return process ? ok(process) : refuse(invalidAt("process", `There is no process ${code}.`));
}

async function leadFor(tx: Tx, email: string | null): Promise<Result<number | null>> {
  if (email === null) return ok(null);
  const person = (await activeUsersByEmail(tx, [email])).get(email.toLowerCase());
  return person ? ok(person.id) : refuse(invalidAt("leadEmail", `No active user has the email ${email}. Choose someone who can sign in.`));
}

export async function createCoordinationFor(actor: Actor, input: unknown): Promise<Result<CoordinationJson>> {
  if (!can(actor, "process:update")) return refuse(notPermitted("process:update"));
  const parsed = parseWith(coordinationCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { process: processCode, leadEmail, ...mechanism } = parsed.value;
  return createUnlessTaken(taken(mechanism.code), () =>
    transactionally(async (tx) => {
      const process = await processFor(tx, processCode);
      if (!process.ok) return process;
      if (!mayCoordinate(actor, process.value)) return refuse(notPermitted("process:update"));
      const lead = await leadFor(tx, leadEmail);
      if (!lead.ok) return lead;
      if (await coordinationCodeTaken(tx, mechanism.code)) return refuse(taken(mechanism.code));
      await createCoordination(tx, { ...mechanism, processId: process.value.id, leadId: lead.value });
      const created = coordinationJson(await mustFind(tx, mechanism.code));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "coordination.create",
        entityType: "CoordinationMechanism",
        entityId: mechanism.code,
        after: created,
      });
      return ok(created);
    }),
  );
}

/** Changes what is sent at the version the editor saw; `archived` retires or restores it. Moving it needs both processes. */
export async function changeCoordination(actor: Actor, code: string, input: unknown): Promise<Result<CoordinationJson>> {
  if (!can(actor, "process:update")) return refuse(notPermitted("process:update"));
  if (!codeParamSchema.safeParse(code).success) return refuse(missing(code));
  const parsed = parseWith(coordinationChangeSchema, input);
  if (!parsed.ok) return parsed;
  const { version, archived, process: processCode, leadEmail, ...scalars } = parsed.value;
  const edits = COORDINATION_EDITABLE.some((field) => parsed.value[field] !== undefined);
  if (!edits && archived === undefined)
    return refuse(invalidAt("body", `Send version with what to change: ${[...COORDINATION_EDITABLE, "archived"].join(", ")}`));
  return transactionally(async (tx) => {
    const current = await getCoordination(code, tx);
    if (!current) return refuse(missing(code));
    if (!mayCoordinate(actor, current.process)) return refuse(notPermitted("process:update"));
    const stale = changedMeanwhile(`Coordination mechanism ${code}`);
    if (current.version !== version) return refuse(stale);
    const retired = current.archivedAt !== null;
    if (archived === retired && !edits) return refuse(invalidAt("archived", `${code} is already ${retired ? "retired" : "live"}.`));
    if (retired && archived !== false) return refuse(invalidAt("archived", `${code} is retired: restore it (archived: false) to change it.`));

    const changes: Partial<CoordinationFields> & { archivedAt?: Date | null } = { ...scalars };
    if (processCode !== undefined) {
      const process = await processFor(tx, processCode);
      if (!process.ok) return process;
      if (!mayCoordinate(actor, process.value)) return refuse(notPermitted("process:update"));
      changes.processId = process.value.id;
    }
    if (leadEmail !== undefined) {
      const lead = await leadFor(tx, leadEmail);
      if (!lead.ok) return lead;
      changes.leadId = lead.value;
    }
    if (archived !== undefined && archived !== retired) changes.archivedAt = archived ? new Date() : null;
    if (!(await updateCoordinationAtVersion(tx, current.id, version, changes))) return refuse(stale);
    const changed = coordinationJson(await mustFind(tx, code));
    const action = changes.archivedAt === undefined ? "coordination.update" : changes.archivedAt === null ? "coordination.restore" : "coordination.retire";
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "CoordinationMechanism",
      entityId: code,
      before: coordinationJson(current),
      after: changed,
    });
    return ok(changed);
  });
}

async function mustFind(tx: Tx, code: string): Promise<CoordinationRow> {
  const row = await getCoordination(code, tx);
  if (!row) throw new Error(`Coordination mechanism ${code} vanished inside its own transaction`);
  return row;
}
