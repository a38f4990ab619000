// Capabilities with their maturity assessments: the list, one capability in full, and the writes
// its create, edit and assessments (lib/services/capabilities.ts) make.
import type { CapabilityKind } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import type { Tx } from "./transaction";

/** Enough of every assessment to say the maturity on any day (a capability has a handful). */
export const ASSESSMENT_LEVELS = {
  orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
  select: { id: true, assessedOn: true, level: true },
} satisfies Prisma.Capability$assessmentsArgs;

export const CAPABILITY_ROW = {
  id: true,
  code: true,
  name: true,
  kind: true,
  description: true,
  targetMaturity: true,
  archivedAt: true,
  version: true,
  ownerId: true,
  owner: { select: { id: true, name: true, email: true, active: true } },
  process: { select: { id: true, code: true, name: true, ownerId: true } },
  kpis: { where: { archivedAt: null }, orderBy: { code: "asc" }, select: { code: true, name: true } },
} satisfies Prisma.CapabilitySelect;

const LIST = { ...CAPABILITY_ROW, assessments: ASSESSMENT_LEVELS } satisfies Prisma.CapabilitySelect;

const DETAIL = {
  ...CAPABILITY_ROW,
  assessments: {
    orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
    select: { id: true, assessedOn: true, level: true, assessor: true, evidence: true, createdAt: true, recordedBy: { select: { email: true, name: true } } },
  },
} satisfies Prisma.CapabilitySelect;

export function listCapabilities(filter: { archived: boolean; kind?: CapabilityKind | undefined }) {
  return db().capability.findMany({
    where: { archivedAt: filter.archived ? { not: null } : null, ...(filter.kind ? { kind: filter.kind } : {}) },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: LIST,
  });
}
export type CapabilityListRow = Awaited<ReturnType<typeof listCapabilities>>[number];

export function countArchivedCapabilities() {
  return db().capability.count({ where: { archivedAt: { not: null } } });
}

export function getCapability(code: string, tx: Tx = db()) {
  return tx.capability.findUnique({ where: { code }, select: DETAIL });
}
export type CapabilityDetail = NonNullable<Awaited<ReturnType<typeof getCapability>>>;

export function capabilityCodeTaken(tx: Tx, code: string): Promise<boolean> {
  return tx.capability.count({ where: { code } }).then((n) => n > 0);
}

export interface CapabilityFields {
  name: string;
  kind: CapabilityKind;
  description: string;
  targetMaturity: number;
  processId: number | null;
  ownerId: number | null;
}

export function createCapability(tx: Tx, capability: CapabilityFields & { code: string }) {
  return tx.capability.create({ data: capability, select: { id: true } });
}

/** Writes the changes and bumps the version only while it is still `version`: a concurrent save loses (false). */
export async function updateCapabilityAtVersion(
  tx: Tx,
  id: number,
  version: number,
  changes: Partial<CapabilityFields> & { archivedAt?: Date | null },
): Promise<boolean> {
  const bumped = await tx.capability.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return bumped.count > 0;
}

export function recordAssessment(
  tx: Tx,
  assessment: { capabilityId: number; assessedOn: Date; level: number; assessor: string; evidence: string; recordedById: number },
) {
  return tx.maturityAssessment.create({
    data: assessment,
    select: { id: true, assessedOn: true, level: true, assessor: true, evidence: true, createdAt: true, recordedBy: { select: { email: true, name: true } } },
  });
}
export type AssessmentRow = CapabilityDetail["assessments"][number];

/** The processes a capability may be for, by name, with their owners (a process owner picks among their own). */
export function listProcessChoices() {
  return db().process.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, ownerId: true } });
}
