import type { DIRECTIONS, FREQUENCIES, INDICATOR_TYPES, LAYERS, SCORECARD_KINDS } from "@/lib/domain/enums";
import { KPI_DEFINITION_ACTIONS } from "@/lib/domain/kpi-definition";
import { anchorOf } from "@/lib/domain/scoring/anchoring";
import { listFunctionNames } from "./business-functions";
import { db } from "./client";
import type { Tx } from "./transaction";

/** A KPI's whole definition, with what it refers to named as the API names it. */
export const KPI_DEFINITION_FIELDS = {
  id: true,
  code: true,
  name: true,
  description: true,
  layer: true,
  scorecard: true,
  unit: true,
  direction: true,
  target: true,
  redFlag: true,
  bandLow: true,
  bandHigh: true,
  bandTolerance: true,
  frequency: true,
  indicatorType: true,
  weight: true,
  archivedAt: true,
  version: true,
  owner: { select: { email: true } },
  businessFunction: { select: { code: true } },
  businessPriority: { select: { code: true } },
  processStep: { select: { position: true, process: { select: { code: true } } } },
  capability: { select: { code: true } },
} as const;

export function findKpiDefinition(code: string, tx: Tx = db()) {
  return tx.kpi.findUnique({ where: { code }, select: KPI_DEFINITION_FIELDS });
}

export type KpiDefinitionRow = NonNullable<Awaited<ReturnType<typeof findKpiDefinition>>>;

/** The ids the definition's codes name; null for a code that names nothing (or an inactive owner). */
export async function resolveKpiReferences(
  tx: Tx,
  refs: {
    ownerEmail: string;
    businessFunction: string | null;
    businessPriority: string | null;
    processStep: { process: string; position: number } | null;
    capability: string | null;
  },
) {
  const [owner, fn, priority, step, capability] = await Promise.all([
    tx.user.findFirst({ where: { email: { equals: refs.ownerEmail, mode: "insensitive" }, active: true }, select: { id: true, role: true } }),
    refs.businessFunction === null ? null : tx.businessFunction.findUnique({ where: { code: refs.businessFunction }, select: { id: true } }),
    refs.businessPriority === null ? null : tx.businessPriority.findUnique({ where: { code: refs.businessPriority }, select: { id: true } }),
    refs.processStep === null
      ? null
      : tx.processStep.findFirst({ where: { process: { code: refs.processStep.process }, position: refs.processStep.position }, select: { id: true } }),
    // An archived capability can no longer be chosen (archiving one needs its KPIs gone first).
    refs.capability === null ? null : tx.capability.findFirst({ where: { code: refs.capability, archivedAt: null }, select: { id: true } }),
  ]);
  return {
    ownerId: owner?.id ?? null,
    ownerRole: owner?.role ?? null,
    businessFunctionId: fn?.id ?? null,
    businessPriorityId: priority?.id ?? null,
    processStepId: step?.id ?? null,
    capabilityId: capability?.id ?? null,
  };
}

export interface KpiDefinitionData {
  name: string;
  description: string;
  scorecard: (typeof SCORECARD_KINDS)[number];
  unit: string;
  direction: (typeof DIRECTIONS)[number];
  target: number | null;
  redFlag: number | null;
  bandLow: number | null;
  bandHigh: number | null;
  bandTolerance: number | null;
  frequency: (typeof FREQUENCIES)[number];
  indicatorType: (typeof INDICATOR_TYPES)[number];
  weight: number;
  ownerId: number;
  businessFunctionId: number | null;
  businessPriorityId: number | null;
  processStepId: number | null;
  capabilityId: number | null;
}

export function createKpiDefinition(tx: Tx, kpi: KpiDefinitionData & { code: string; layer: (typeof LAYERS)[number] }) {
  return tx.kpi.create({ data: kpi, select: KPI_DEFINITION_FIELDS });
}

/** Writes the definition only while the KPI is still at `version`; null when someone else saved first. */
export async function updateKpiDefinitionAtVersion(tx: Tx, id: number, version: number, data: KpiDefinitionData & { archivedAt: Date | null }) {
  const written = await tx.kpi.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return written.count === 1 ? tx.kpi.findUniqueOrThrow({ where: { id }, select: KPI_DEFINITION_FIELDS }) : null;
}

/** Archives (a date) or restores (null) the KPI only while it is still at `version`; null when someone else saved first. */
export async function setKpiArchivedAtVersion(tx: Tx, id: number, version: number, archivedAt: Date | null) {
  const written = await tx.kpi.updateMany({ where: { id, version }, data: { archivedAt, version: { increment: 1 } } });
  return written.count === 1 ? tx.kpi.findUniqueOrThrow({ where: { id }, select: KPI_DEFINITION_FIELDS }) : null;
}

/** Active people, for the KPI owner picker (which offers those who may enter readings). */
export function listActiveUsers() {
  return db().user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, email: true, name: true, role: true } });
}

/** Every KPI a person owns, archived ones too, as its definition: a hand-over records each one's change. */
export function listKpiDefinitionsOwnedBy(tx: Tx, ownerId: number) {
  return tx.kpi.findMany({ where: { ownerId }, orderBy: { code: "asc" }, select: KPI_DEFINITION_FIELDS });
}

/** Process steps as KPIs name them (PROCESS#position), in process and step order, for pickers. */
export async function listProcessSteps() {
  const steps = await db().processStep.findMany({
    orderBy: [{ process: { name: "asc" } }, { position: "asc" }],
    select: { position: true, name: true, process: { select: { code: true, name: true } } },
  });
  return steps.map((step) => ({ ref: `${step.process.code}#${step.position}`, process: step.process.name, name: step.name }));
}

export function listCapabilityNames() {
  return db().capability.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { code: true, name: true } });
}

export function listPriorityNames() {
  return db().businessPriority.findMany({ orderBy: [{ weight: "desc" }, { code: "asc" }], select: { code: true, title: true, startsOn: true, endsOn: true } });
}

/** Every recorded change of a KPI's definition, newest first, with who made it. */
export function listKpiDefinitionChanges(code: string) {
  return db().auditEvent.findMany({
    where: { entityType: "Kpi", entityId: code, action: { in: [...KPI_DEFINITION_ACTIONS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, createdAt: true, before: true, after: true, actor: { select: { email: true, name: true } } },
  });
}

/** What the KPI form offers to choose from; ended priorities are marked, since a KPI under one is not anchored today. */
export async function loadKpiFormChoices(today: Date) {
  const [people, functions, priorities, steps, capabilities] = await Promise.all([
    listActiveUsers(),
    listFunctionNames(),
    listPriorityNames(),
    listProcessSteps(),
    listCapabilityNames(),
  ]);
  return {
    people,
    functions,
    priorities: priorities.map((priority) => ({ code: priority.code, title: priority.title, ended: anchorOf(priority, today) === "ended" })),
    steps,
    capabilities,
  };
}

/** Archived KPIs, most recently archived first, so they can be found and restored. */
export function listArchivedKpis(limit: number) {
  return db().kpi.findMany({
    where: { archivedAt: { not: null } },
    orderBy: [{ archivedAt: "desc" }, { code: "asc" }],
    take: limit,
    select: { code: true, name: true, archivedAt: true },
  });
}
