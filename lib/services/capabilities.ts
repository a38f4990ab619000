// Capabilities: created and developed by their owner or the owner of the process that needs them
// (and administrators), assessed over time so maturity has a history. Every change is all or
// nothing with its audit event; an edit carries the version it started from. Nothing with history
// is deleted: a capability is archived once no live KPI measures it.
import { can, notPermitted, ROLE_LABELS, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import {
  capabilityCodeTaken,
  createCapability,
  getCapability,
  recordAssessment,
  updateCapabilityAtVersion,
  type AssessmentRow,
  type CapabilityDetail,
  type CapabilityFields,
  type CapabilityListRow,
} from "@/lib/db/capabilities";
import { activeUsersByEmail, findProcessOwner } from "@/lib/db/processes";
import type { Tx } from "@/lib/db/transaction";
import { assessmentOn } from "@/lib/domain/maturity";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { conflict, forbidden, invalidAt, notFound, ok, refuse, type Result } from "@/lib/refusal";
import { assessmentCreateSchema, capabilityChangeSchema, capabilityCreateSchema, type AssessmentJson, type CapabilityJson } from "@/lib/schemas/capability";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

/** Who stands behind a capability: its owner and the owner of the process that needs it. */
interface Stewards {
  ownerId: number | null;
  process: { ownerId: number } | null;
}

/** Admins manage every capability; a process owner those they own or that their processes need. */
export function mayManageCapability(actor: Actor, capability: Stewards): boolean {
  return can(actor, "capability:manage", { ownerId: capability.ownerId }) || can(actor, "capability:manage", { ownerId: capability.process?.ownerId ?? null });
}

/**
 * Where someone without the "any" grant may point a capability. A process is named only by its
 * owner (no one attaches work to someone else's process); the owner is changed only by the current
 * owner handing it on or, while it has none, by the owner of its process.
 */
function reassignmentAllowed(
  actor: Actor,
  change: { processChanged: boolean; ownerChanged: boolean; ownerBefore: number | null; ownerAfter: number | null; processOwnerAfter: number | null },
): boolean {
  if (can(actor, "capability:manage", { ownerId: null })) return true;
  if (change.processChanged && change.processOwnerAfter !== actor.id && !(change.processOwnerAfter === null && change.ownerAfter === actor.id)) return false;
  if (change.ownerChanged && change.ownerBefore !== actor.id && !(change.ownerBefore === null && change.processOwnerAfter === actor.id)) return false;
  return true;
}

/** Whom the owner picker offers: someone who may then develop the capability. */
export function mayOwnCapability(person: { id: number; role: Actor["role"] }): boolean {
  return can(person, "capability:manage", { ownerId: person.id });
}

export function capabilityJson(row: CapabilityListRow | CapabilityDetail, today: Date): CapabilityJson {
  const latest = assessmentOn(row.assessments, today);
  return {
    ...capabilityRecord(row),
    currentMaturity: latest?.level ?? null,
    lastAssessedOn: latest === null ? null : toIsoDate(latest.assessedOn),
  };
}

/** What the audit log keeps of a capability: its definition, without the day's maturity. */
function capabilityRecord(row: CapabilityListRow | CapabilityDetail) {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    description: row.description,
    targetMaturity: row.targetMaturity,
    process: row.process?.code ?? null,
    ownerEmail: row.owner?.email ?? null,
    kpis: row.kpis.map((kpi) => kpi.code),
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

export function assessmentJson(row: AssessmentRow): AssessmentJson {
  return {
    id: row.id,
    assessedOn: toIsoDate(row.assessedOn),
    level: row.level,
    assessor: row.assessor,
    evidence: row.evidence,
    recordedBy: row.recordedBy?.email ?? null,
    recordedAt: row.createdAt.toISOString(),
  };
}

const taken = (code: string) => conflict(`A capability with code ${code} already exists (perhaps archived). Choose another code.`);
const missingCapability = (code: string) => notFound(`There is no capability ${code}.`);
const outOfReach = forbidden(
  "A process owner manages the capabilities they own or that their processes need: name only your own processes, and change the owner only of a capability you own (or one with no owner).",
);

/** The process and owner a body names, as ids; a refusal naming the field when either names nothing usable. */
async function resolveStewards(
  tx: Tx,
  given: { process?: string | null | undefined; ownerEmail?: string | null | undefined },
): Promise<Result<{ processId?: number | null; process?: { ownerId: number } | null; ownerId?: number | null }>> {
  const resolved: { processId?: number | null; process?: { ownerId: number } | null; ownerId?: number | null } = {};
  if (given.process !== undefined) {
    const process = given.process === null ? null : await findProcessOwner(tx, given.process);
    if (given.process !== null && process === null) return refuse(invalidAt("process", `There is no process ${given.process}.`));
    resolved.processId = process?.id ?? null;
    resolved.process = process;
  }
  if (given.ownerEmail !== undefined) {
    if (given.ownerEmail === null) resolved.ownerId = null;
    else {
      const person = (await activeUsersByEmail(tx, [given.ownerEmail])).get(given.ownerEmail.toLowerCase());
      if (!person) return refuse(invalidAt("ownerEmail", `No active user has the email ${given.ownerEmail}. Choose someone who can sign in.`));
      if (!mayOwnCapability(person)) {
        return refuse(
          invalidAt(
            "ownerEmail",
            `${given.ownerEmail} (${ROLE_LABELS[person.role]}) may not develop a capability: choose a process owner, an executive or an administrator.`,
          ),
        );
      }
      resolved.ownerId = person.id;
    }
  }
  return ok(resolved);
}

export async function createCapabilityFor(actor: Actor, input: unknown): Promise<Result<CapabilityJson>> {
  if (!can(actor, "capability:manage")) return refuse(notPermitted("capability:manage"));
  const parsed = parseWith(capabilityCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { process, ownerEmail, ...capability } = parsed.value;
  return createUnlessTaken(taken(capability.code), () =>
    transactionally(async (tx) => {
      const stewards = await resolveStewards(tx, { process, ownerEmail });
      if (!stewards.ok) return stewards;
      const { processId = null, ownerId = null, process: processOwner = null } = stewards.value;
      const reach = {
        processChanged: processId !== null,
        ownerChanged: ownerId !== null && ownerId !== actor.id,
        ownerBefore: null,
        ownerAfter: ownerId,
        processOwnerAfter: processOwner?.ownerId ?? null,
      };
      if (!mayManageCapability(actor, { ownerId, process: processOwner }) || !reassignmentAllowed(actor, reach)) return refuse(outOfReach);
      if (await capabilityCodeTaken(tx, capability.code)) return refuse(taken(capability.code));
      await createCapability(tx, { ...capability, processId, ownerId });
      const created = await mustFind(tx, capability.code);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "capability.create",
        entityType: "Capability",
        entityId: capability.code,
        after: capabilityRecord(created),
      });
      return ok(capabilityJson(created, utcDay(new Date())));
    }),
  );
}

const EDITABLE = ["name", "kind", "description", "targetMaturity", "process", "ownerEmail"] as const;

/** Changes what is sent at the version the editor saw; `archived` archives (once no live KPI measures it) or restores. */
export async function changeCapability(actor: Actor, code: string, input: unknown): Promise<Result<CapabilityJson>> {
  if (!can(actor, "capability:manage")) return refuse(notPermitted("capability:manage"));
  if (!codeParamSchema.safeParse(code).success) return refuse(missingCapability(code));
  const parsed = parseWith(capabilityChangeSchema, input);
  if (!parsed.ok) return parsed;
  const { version, archived, process, ownerEmail, ...scalars } = parsed.value;
  const edits = EDITABLE.some((field) => parsed.value[field] !== undefined);
  if (!edits && archived === undefined) return refuse(invalidAt("body", `Send version with what to change: ${[...EDITABLE, "archived"].join(", ")}`));
  return transactionally(async (tx) => {
    const current = await getCapability(code, tx);
    if (!current) return refuse(missingCapability(code));
    if (!mayManageCapability(actor, current)) return refuse(notPermitted("capability:manage"));
    const stale = changedMeanwhile(`Capability ${code}`);
    if (current.version !== version) return refuse(stale);
    const isArchived = current.archivedAt !== null;
    if (archived === isArchived && !edits) return refuse(invalidAt("archived", `Capability ${code} is already ${isArchived ? "archived" : "live"}.`));
    if (isArchived && archived !== false) return refuse(invalidAt("archived", `Capability ${code} is archived: restore it (archived: false) to change it.`));
    if (archived === true && current.kpis.length > 0) {
      const codes = current.kpis.map((kpi) => kpi.code).join(", ");
      return refuse(
        invalidAt("archived", `Capability ${code} is still measured by live KPIs (${codes}): archive them or move them to another capability first.`),
      );
    }

    const stewards = await resolveStewards(tx, { process, ownerEmail });
    if (!stewards.ok) return stewards;
    const { process: newProcess, ...ids } = stewards.value;
    const after = { ownerId: ids.ownerId === undefined ? current.ownerId : ids.ownerId, process: newProcess === undefined ? current.process : newProcess };
    const reach = {
      processChanged: ids.processId !== undefined && ids.processId !== (current.process?.id ?? null),
      ownerChanged: ids.ownerId !== undefined && ids.ownerId !== current.ownerId,
      ownerBefore: current.ownerId,
      ownerAfter: after.ownerId,
      processOwnerAfter: after.process?.ownerId ?? null,
    };
    // Handing it on may leave it out of the actor's reach afterwards: that is the point of handing on.
    if (!reassignmentAllowed(actor, reach)) return refuse(outOfReach);

    const changes: Partial<CapabilityFields> & { archivedAt?: Date | null } = { ...scalars, ...ids };
    if (archived !== undefined && archived !== isArchived) changes.archivedAt = archived ? new Date() : null;
    if (!(await updateCapabilityAtVersion(tx, current.id, version, changes))) return refuse(stale);
    const changed = await mustFind(tx, code);
    const action = changes.archivedAt === undefined ? "capability.update" : changes.archivedAt === null ? "capability.restore" : "capability.archive";
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "Capability",
      entityId: code,
      before: capabilityRecord(current),
      after: capabilityRecord(changed),
    });
    return ok(capabilityJson(changed, utcDay(new Date())));
  });
}

/** Records a maturity assessment; the capability's current maturity is then the latest one's level. */
export async function assessCapability(
  actor: Actor,
  code: string,
  input: unknown,
): Promise<Result<{ assessment: AssessmentJson; capability: CapabilityJson }>> {
  if (!can(actor, "capability:manage")) return refuse(notPermitted("capability:manage"));
  if (!codeParamSchema.safeParse(code).success) return refuse(missingCapability(code));
  const parsed = parseWith(assessmentCreateSchema, input);
  if (!parsed.ok) return parsed;
  const today = utcDay(new Date());
  if (parsed.value.assessedOn.getTime() > today.getTime()) {
    return refuse(invalidAt("assessedOn", `assessedOn cannot be after today (${toIsoDate(today)}): record an assessment once it has been made.`));
  }
  return transactionally(async (tx) => {
    const current = await getCapability(code, tx);
    if (!current) return refuse(missingCapability(code));
    if (!mayManageCapability(actor, current)) return refuse(notPermitted("capability:manage"));
    if (current.archivedAt !== null) return refuse(invalidAt("body", `Capability ${code} is archived: restore it before assessing it.`));
    const assessment = assessmentJson(await recordAssessment(tx, { ...parsed.value, capabilityId: current.id, recordedById: actor.id }));
    await recordAudit(tx, { actorId: actor.id, action: "capability.assess", entityType: "Capability", entityId: code, after: assessment });
    return ok({ assessment, capability: capabilityJson(await mustFind(tx, code), today) });
  });
}

async function mustFind(tx: Tx, code: string): Promise<CapabilityDetail> {
  const capability = await getCapability(code, tx);
  if (!capability) throw new Error(`Capability ${code} vanished inside its own transaction`);
  return capability;
}
