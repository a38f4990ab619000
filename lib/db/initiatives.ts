// Improvement initiatives: the backlog, one initiative's detail, and the queries the initiative
// use cases (lib/services/initiatives.ts) write with. Decisions about what may be written live there.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { kpiThresholdSelect } from "./kpis";
import { db } from "./client";
import type { Tx } from "./transaction";
import type { BacklogFilters, InitiativeChanges } from "@/lib/schemas/initiative";

/** The backlog page's list (kept for app/(dashboard)/backlog/page.tsx). */
export const initiativeInclude = {
  owner: { select: { id: true, name: true, email: true } },
  sponsor: { select: { id: true, name: true, email: true } },
  businessFunction: { select: { id: true, code: true, name: true } },
  kpis: { include: { kpi: { select: { id: true, code: true, name: true, unit: true, direction: true, target: true } } }, orderBy: { kpiId: "asc" } },
} satisfies Prisma.InitiativeInclude;

export type BacklogInitiative = Prisma.InitiativeGetPayload<{ include: typeof initiativeInclude }>;

function backlogWhere(filters: BacklogFilters): Prisma.InitiativeWhereInput {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.stream ? { stream: filters.stream } : {}),
    ...(filters.businessFunction ? { businessFunction: { code: filters.businessFunction } } : {}),
    ...(filters.kpi ? { kpis: { some: { kpi: { code: filters.kpi } } } } : {}),
  };
}

/** The backlog in board order (ranked first, then newest), with linked KPIs, owner and function. */
export function listBacklog(filters: BacklogFilters = {}): Promise<BacklogInitiative[]> {
  return db().initiative.findMany({
    where: backlogWhere(filters),
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { proposedAt: "desc" }, { id: "desc" }],
    include: initiativeInclude,
  });
}

/** One initiative with its KPIs, comments (oldest first) and board decisions (newest first). */
export function getInitiativeDetail(id: number) {
  return db().initiative.findUnique({
    where: { id },
    include: {
      ...initiativeInclude,
      comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { author: { select: { name: true, email: true } } } },
      decisions: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { decidedBy: { select: { name: true, email: true } } } },
    },
  });
}
export type InitiativeDetail = NonNullable<Awaited<ReturnType<typeof getInitiativeDetail>>>;

/** The value that counts now for each KPI: the highest version of its latest period. */
export async function currentValues(tx: Tx, kpiIds: number[]): Promise<Map<number, { value: number; period: Date }>> {
  const rows = await tx.reading.findMany({
    where: { kpiId: { in: kpiIds } },
    orderBy: [{ kpiId: "asc" }, { period: "desc" }, { version: "desc" }],
    distinct: ["kpiId"],
    select: { kpiId: true, value: true, period: true },
  });
  return new Map(rows.map((row) => [row.kpiId, { value: row.value, period: row.period }]));
}

/** The value that counts now for one KPI, outside any write. */
export async function currentValueOf(kpiId: number): Promise<{ value: number; period: Date } | null> {
  return (await currentValues(db(), [kpiId])).get(kpiId) ?? null;
}

/** The ids of the live (not archived) KPIs among `codes`. */
export async function liveKpiIds(tx: Tx, codes: string[]): Promise<Map<string, number>> {
  const kpis = await tx.kpi.findMany({ where: { code: { in: codes }, archivedAt: null }, select: { id: true, code: true } });
  return new Map(kpis.map((k) => [k.code, k.id]));
}

export async function activeUserIdByEmail(tx: Tx, email: string): Promise<number | undefined> {
  return (await tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" }, active: true }, select: { id: true } }))?.id;
}

export async function businessFunctionIdByCode(tx: Tx, code: string): Promise<number | undefined> {
  return (await tx.businessFunction.findUnique({ where: { code }, select: { id: true } }))?.id;
}

/** What the input's codes and emails resolved to; undefined = not given, null = cleared. */
export interface References {
  kpiIds: Map<string, number>;
  ownerId: number | undefined;
  sponsorId: number | null | undefined;
  businessFunctionId: number | null | undefined;
}

function scalarData(input: InitiativeChanges, refs: References): Prisma.InitiativeUncheckedUpdateInput {
  const { kpis: _k, owner: _o, sponsor: _s, businessFunction: _b, targetDate, ...scalars } = input;
  return {
    ...scalars,
    ...(targetDate !== undefined ? { targetDate: targetDate === null ? null : new Date(targetDate) } : {}),
    ...(refs.ownerId != null ? { ownerId: refs.ownerId } : {}),
    ...(refs.sponsorId !== undefined ? { sponsorId: refs.sponsorId } : {}),
    ...(refs.businessFunctionId !== undefined ? { businessFunctionId: refs.businessFunctionId } : {}),
  };
}

/** INI-001, INI-002…: the next number after the highest code in use. */
async function nextCode(tx: Tx): Promise<string> {
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring("code" from '^INI-([0-9]{1,9})$')::int) AS n FROM "Initiative"`;
  return `INI-${String((rows[0]?.n ?? 0) + 1).padStart(3, "0")}`;
}

/** Inserts a proposed initiative with its KPI links (baselines = their current values) and audits it. */
export async function createInitiative(
  tx: Tx,
  actorId: number,
  proposal: InitiativeChanges & { kpis: { code: string; expectedImprovement: number }[] },
  refs: References,
) {
  const baselines = await currentValues(tx, [...refs.kpiIds.values()]);
  const code = await nextCode(tx);
  const data = scalarData(proposal, refs) as Omit<Prisma.InitiativeUncheckedCreateInput, "code" | "ownerId">;
  const created = await tx.initiative.create({
    data: { ...data, code, ownerId: refs.ownerId ?? actorId, kpis: { create: proposal.kpis.map((link) => kpiLink(link, refs.kpiIds, baselines)) } },
    include: initiativeInclude,
  });
  await recordAudit(tx, { actorId, action: "initiative.propose", entityType: "Initiative", entityId: code, after: auditJson(created) });
  return created;
}

function kpiLink(link: { code: string; expectedImprovement: number }, kpiIds: Map<string, number>, baselines: Map<number, { value: number; period: Date }>) {
  const kpiId = kpiIds.get(link.code) ?? 0;
  const baseline = baselines.get(kpiId);
  return { kpiId, expectedImprovement: link.expectedImprovement, baselineValue: baseline?.value ?? null, baselinePeriod: baseline?.period ?? null };
}

export function auditJson(initiative: {
  status: string;
  version: number;
  rank: number | null;
  title: string;
  rootCause: string | null;
  effortWeeks: number;
}): Prisma.InputJsonValue {
  const { status, version, rank, title, rootCause, effortWeeks } = initiative;
  return { status, version, rank, title, rootCause, effortWeeks };
}

/** A live KPI with what a proposal from its gap needs. */
export function findGapKpi(code: string) {
  // Postgres text cannot hold NUL, so no code has one; asking would be an error, not a miss.
  if (code.includes("\u0000")) return Promise.resolve(null);
  return db().kpi.findFirst({
    where: { code, archivedAt: null },
    select: { id: true, code: true, name: true, unit: true, layer: true, ...kpiThresholdSelect, businessFunction: { select: { code: true } } },
  });
}

/** What the editing rules need to know about the initiative being changed. */
export function findInitiativeForEdit(id: number) {
  return db().initiative.findUnique({
    where: { id },
    select: { id: true, code: true, ownerId: true, status: true, methodology: true, dmaicPhase: true, version: true },
  });
}

/**
 * Writes `changes` only while the initiative is still at `version`, bumping it and auditing
 * before/after; null when someone else's change came first.
 */
export async function updateInitiativeAtVersion(
  tx: Tx,
  actorId: number,
  existing: { id: number; code: string },
  version: number,
  changes: InitiativeChanges,
  refs: References,
) {
  const id = existing.id;
  const before = await tx.initiative.findUniqueOrThrow({ where: { id } });
  const written = await tx.initiative.updateMany({ where: { id, version }, data: { ...scalarData(changes, refs), version: { increment: 1 } } });
  if (written.count === 0) return null;
  if (changes.kpis) await replaceKpis(tx, id, changes.kpis, refs.kpiIds);
  const after = await tx.initiative.findUniqueOrThrow({ where: { id }, include: initiativeInclude });
  await recordAudit(tx, {
    actorId,
    action: "initiative.update",
    entityType: "Initiative",
    entityId: existing.code,
    before: auditJson(before),
    after: auditJson(after),
  });
  return after;
}

/** Kept KPIs keep their baseline; new ones start from the KPI's current value. */
async function replaceKpis(tx: Tx, initiativeId: number, links: { code: string; expectedImprovement: number }[], kpiIds: Map<string, number>) {
  const wanted = links.map((link) => ({ ...link, kpiId: kpiIds.get(link.code) ?? 0 }));
  await tx.initiativeKpi.deleteMany({ where: { initiativeId, kpiId: { notIn: wanted.map((link) => link.kpiId) } } });
  const existing = new Set((await tx.initiativeKpi.findMany({ where: { initiativeId }, select: { kpiId: true } })).map((row) => row.kpiId));
  const baselines = await currentValues(
    tx,
    wanted.filter((link) => !existing.has(link.kpiId)).map((link) => link.kpiId),
  );
  for (const link of wanted) {
    if (existing.has(link.kpiId)) {
      await tx.initiativeKpi.update({
        where: { initiativeId_kpiId: { initiativeId, kpiId: link.kpiId } },
        data: { expectedImprovement: link.expectedImprovement },
      });
    } else {
      await tx.initiativeKpi.create({ data: { initiativeId, ...kpiLink(link, kpiIds, baselines) } });
    }
  }
}

export function findInitiativeOwner(id: number) {
  return db().initiative.findUnique({ where: { id }, select: { id: true, code: true, ownerId: true } });
}

export async function createComment(tx: Tx, actorId: number, initiative: { id: number; code: string }, body: string) {
  const row = await tx.initiativeComment.create({
    data: { initiativeId: initiative.id, authorId: actorId, body },
    select: { id: true, body: true, createdAt: true },
  });
  await recordAudit(tx, { actorId, action: "initiative.comment", entityType: "Initiative", entityId: initiative.code, after: { commentId: row.id } });
  return row;
}
