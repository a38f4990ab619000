// Creating a KPI, editing its definition, archiving and restoring it. Every field of the model is
// written by code and checked as a whole (lib/domain/kpi-definition.ts); each change is a new
// version, audited with who, when and why. Nothing with history is deleted: a KPI is archived.
import { can, notPermitted, ROLE_LABELS, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import {
  createKpiDefinition,
  findKpiDefinition,
  listKpiDefinitionChanges,
  loadKpiFormChoices,
  resolveKpiReferences,
  setKpiArchivedAtVersion,
  updateKpiDefinitionAtVersion,
  type KpiDefinitionData,
  type KpiDefinitionRow,
} from "@/lib/db/kpi-definitions";
import type { Tx } from "@/lib/db/transaction";
import { changedFields } from "@/lib/domain/definition-diff";
import { definitionProblems, KPI_DEFINITION_ACTIONS, thresholdsFor } from "@/lib/domain/kpi-definition";
import { conflict, invalid, invalidAt, notFound, ok, refuse, type FieldProblem, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { kpiCreateSchema, kpiUpdateSchema, PROCESS_STEP_PATTERN, type KpiDefinitionChangeJson, type KpiDefinitionJson } from "@/lib/schemas/kpi";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

/** Whoever owns a KPI enters its readings, so only someone who may enter readings can own one. */
export function mayOwnKpis(person: Actor): boolean {
  return can(person, "reading:write", { ownerId: person.id });
}

export function kpiDefinitionJson(row: KpiDefinitionRow): KpiDefinitionJson {
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    layer: row.layer,
    scorecard: row.scorecard,
    unit: row.unit,
    direction: row.direction,
    target: row.target,
    redFlag: row.redFlag,
    bandLow: row.bandLow,
    bandHigh: row.bandHigh,
    bandTolerance: row.bandTolerance,
    frequency: row.frequency,
    indicatorType: row.indicatorType,
    weight: row.weight,
    ownerEmail: row.owner.email,
    businessFunction: row.businessFunction?.code ?? null,
    businessPriority: row.businessPriority?.code ?? null,
    processStep: row.processStep ? `${row.processStep.process.code}#${row.processStep.position}` : null,
    capability: row.capability?.code ?? null,
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

type Definition = Omit<KpiDefinitionJson, "archived" | "version">;

/**
 * The definition as the database stores it (codes turned into ids), or every problem with it: a
 * code naming nothing, then the rules across fields, each naming its field.
 */
async function checkDefinition(tx: Tx, definition: Definition, summary: string): Promise<Result<KpiDefinitionData>> {
  const stepMatch = definition.processStep === null ? null : PROCESS_STEP_PATTERN.exec(definition.processStep);
  const step = stepMatch ? { process: stepMatch[1] ?? "", position: Number(stepMatch[2]) } : null;
  const ids = await resolveKpiReferences(tx, { ...definition, processStep: step });
  const problems: FieldProblem[] = [];
  if (ids.ownerId === null) problems.push({ path: "ownerEmail", message: `There is no active user with email ${definition.ownerEmail}` });
  else if (ids.ownerRole !== null && !mayOwnKpis({ id: ids.ownerId, role: ids.ownerRole })) {
    problems.push({
      path: "ownerEmail",
      message: `${definition.ownerEmail} (${ROLE_LABELS[ids.ownerRole]}) may not enter readings: choose someone who can own this KPI`,
    });
  }
  const missing = (path: string, given: string | null, id: number | null, what: string) => {
    if (given !== null && id === null) problems.push({ path, message: what });
  };
  missing("businessFunction", definition.businessFunction, ids.businessFunctionId, `There is no business function ${definition.businessFunction}`);
  missing("businessPriority", definition.businessPriority, ids.businessPriorityId, `There is no business priority ${definition.businessPriority}`);
  missing("processStep", definition.processStep, ids.processStepId, `Process ${step?.process} has no step ${step?.position}`);
  missing("capability", definition.capability, ids.capabilityId, `There is no live capability ${definition.capability} (an archived one cannot be chosen)`);
  const named = new Set(problems.map((problem) => problem.path));
  const rules = definitionProblems({
    ...definition,
    hasPriority: definition.businessPriority !== null,
    hasProcessStep: definition.processStep !== null,
    hasCapability: definition.capability !== null,
  }).filter((problem) => !named.has(problem.path));
  if (ids.ownerId === null || problems.length + rules.length > 0) return refuse(invalid([...problems, ...rules], summary));
  const { code: _code, layer: _layer, ownerEmail: _o, businessFunction: _f, businessPriority: _p, processStep: _s, capability: _c, ...scalars } = definition;
  const { ownerRole: _role, ...refs } = ids;
  return ok({ ...scalars, ...refs, ownerId: ids.ownerId });
}

const taken = (code: string) => conflict(`A KPI with code ${code} already exists (perhaps archived). Choose another code.`);

export async function createKpi(actor: Actor, input: unknown): Promise<Result<KpiDefinitionJson>> {
  if (!can(actor, "kpi:manage")) return refuse(notPermitted("kpi:manage"));
  const parsed = parseWith(kpiCreateSchema, input, "The KPI was refused; `errors` names each field.");
  if (!parsed.ok) return parsed;
  const definition = thresholdsFor(parsed.value);
  return createUnlessTaken(taken(definition.code), () =>
    transactionally(async (tx) => {
      if (await findKpiDefinition(definition.code, tx)) return refuse(taken(definition.code));
      const data = await checkDefinition(tx, definition, "The KPI was refused; `errors` names each field.");
      if (!data.ok) return data;
      const after = kpiDefinitionJson(await createKpiDefinition(tx, { ...data.value, code: definition.code, layer: definition.layer }));
      await recordAudit(tx, { actorId: actor.id, action: "kpi.create", entityType: "Kpi", entityId: definition.code, after });
      return ok(after);
    }),
  );
}

/** Any fields of the definition at the version the editor saw, `archived` to archive or restore, with an optional reason. */
export async function updateKpi(actor: Actor, code: string, input: unknown): Promise<Result<KpiDefinitionJson>> {
  if (!can(actor, "kpi:manage")) return refuse(notPermitted("kpi:manage"));
  const missing = notFound(`There is no KPI with code '${code}'.`);
  if (!codeParamSchema.safeParse(code).success) return refuse(missing);
  const parsed = parseWith(kpiUpdateSchema, input, "The change was refused; `errors` names each field.");
  if (!parsed.ok) return parsed;
  const { version, reason, archived, ...changes } = parsed.value;
  if (Object.keys(changes).length === 0 && archived === undefined)
    return refuse(invalidAt("body", "Send at least one field to change besides version and reason"));
  return transactionally(async (tx) => {
    const current = await findKpiDefinition(code, tx);
    if (!current) return refuse(missing);
    const stale = changedMeanwhile(`KPI ${code}`);
    if (current.version !== version) return refuse(stale);
    if (changes.layer !== undefined && changes.layer !== current.layer) {
      return refuse(
        invalidAt(
          "layer",
          `A KPI's layer is fixed (${current.layer}): its readings and links belong to it. Archive this KPI and create one in the other layer.`,
        ),
      );
    }
    const before = kpiDefinitionJson(current);
    const archivedAt = archived === undefined ? current.archivedAt : archived ? (current.archivedAt ?? new Date()) : null;
    let row: KpiDefinitionRow | null;
    if (Object.keys(changes).length === 0) {
      // Archiving or restoring alone leaves the definition as it is: a KPI whose owner has left can still be archived.
      if (archived === before.archived) return refuse(invalidAt("archived", `KPI ${code} is already ${archived ? "archived" : "live"}`));
      row = await setKpiArchivedAtVersion(tx, current.id, version, archivedAt);
    } else {
      const { archived: _a, version: _v, ...unchanged } = before;
      const definition = thresholdsFor({ ...unchanged, ...changes, layer: current.layer });
      // A form saved as it was (or a repeated request) is not a new version.
      if (changedFields(unchanged, definition).length === 0 && (archived === undefined || archived === before.archived)) return ok(before);
      const data = await checkDefinition(tx, definition, "The change was refused; `errors` names each field.");
      if (!data.ok) return data;
      row = await updateKpiDefinitionAtVersion(tx, current.id, version, { ...data.value, archivedAt });
    }
    if (!row) return refuse(stale);
    const after = kpiDefinitionJson(row);
    const action = archived === undefined || archived === before.archived ? "kpi.update" : archived ? "kpi.archive" : "kpi.restore";
    await recordAudit(tx, { actorId: actor.id, action, entityType: "Kpi", entityId: code, before, after: { ...after, ...(reason ? { reason } : {}) } });
    return ok(after);
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The KPI's current definition and every recorded change, newest first, each with who, when, why and what changed. */
export async function kpiDefinitionHistory(code: string): Promise<Result<{ current: KpiDefinitionJson; changes: KpiDefinitionChangeJson[] }>> {
  const current = codeParamSchema.safeParse(code).success ? await findKpiDefinition(code) : null;
  if (!current) return refuse(notFound(`There is no KPI with code '${code}'.`));
  const changes = (await listKpiDefinitionChanges(code)).flatMap((event): KpiDefinitionChangeJson[] => {
    const action = KPI_DEFINITION_ACTIONS.find((known) => known === event.action);
    if (!action || !isRecord(event.after)) return [];
    const { reason, ...definition } = event.after;
    return [
      {
        action,
        changedAt: event.createdAt.toISOString(),
        changedBy: event.actor?.email ?? null,
        reason: typeof reason === "string" ? reason : null,
        changed: changedFields(isRecord(event.before) ? event.before : null, definition, ["version"]),
        definition,
      },
    ];
  });
  return ok({ current: kpiDefinitionJson(current), changes });
}

/** What the KPI form offers; owners are those who may enter readings. */
export async function kpiFormChoices(today: Date) {
  const choices = await loadKpiFormChoices(today);
  return { ...choices, people: choices.people.filter(mayOwnKpis) };
}
