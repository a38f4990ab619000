// Board decisions as stored: an append-only BoardDecision row written in the same transaction as
// the change it records, with an audit event, and only while the initiative is still at the version
// the decider saw. The rules of who may decide what are in lib/services/board-decisions.ts.
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatCsv } from "@/lib/domain/csv";
import { toIsoDate } from "@/lib/domain/periods";
import { timestampFor } from "@/lib/domain/backlog/lifecycle";
import type { InitiativeStatus } from "@/lib/domain/backlog/types";
import type { DecisionFilters, DecisionInput } from "@/lib/schemas/initiative";
import { recordAudit } from "./audit";
import { db } from "./client";
import { auditJson, currentValues, initiativeInclude, type BacklogInitiative } from "./initiatives";
import type { Tx } from "./transaction";

const decisionInclude = { decidedBy: { select: { name: true, email: true } }, initiative: { select: { code: true } } } satisfies Prisma.BoardDecisionInclude;
export type BoardDecisionRow = Prisma.BoardDecisionGetPayload<{ include: typeof decisionInclude }>;

export interface InitiativeForDecision {
  id: number;
  code: string;
  status: InitiativeStatus;
  ownerId: number;
  rootCause: string | null;
  version: number;
  _count: { kpis: number };
}

export function findInitiativeForDecision(id: number): Promise<InitiativeForDecision | null> {
  return db().initiative.findUnique({
    where: { id },
    select: { id: true, code: true, status: true, ownerId: true, rootCause: true, version: true, _count: { select: { kpis: true } } },
  });
}

/**
 * Writes the decision (a move to `to`, or a rank when `to` is null) with its audit event; null when
 * the initiative is no longer at the version the decider saw.
 */
export async function writeDecision(
  tx: Tx,
  actorId: number,
  current: InitiativeForDecision,
  decision: DecisionInput,
  to: InitiativeStatus | null,
): Promise<{ decision: BoardDecisionRow; initiative: BacklogInitiative } | null> {
  const stamp = to ? timestampFor(to) : null;
  const written = await tx.initiative.updateMany({
    where: { id: current.id, version: current.version },
    data: {
      version: { increment: 1 },
      ...(to ? { status: to } : {}),
      ...(stamp ? { [stamp]: new Date() } : {}),
      ...(decision.rank !== undefined ? { rank: decision.rank } : {}),
    },
  });
  if (written.count === 0) return null;
  if (to === "approved") await captureBaselines(tx, current.id);
  const row = await tx.boardDecision.create({
    data: {
      initiativeId: current.id,
      decision: decision.decision,
      fromStatus: to ? current.status : null,
      toStatus: to,
      rank: decision.rank ?? null,
      rationale: decision.rationale,
      meetingDate: new Date(decision.meetingDate),
      decidedById: actorId,
    },
    include: decisionInclude,
  });
  const after = await tx.initiative.findUniqueOrThrow({ where: { id: current.id }, include: initiativeInclude });
  await recordAudit(tx, {
    actorId,
    action: `initiative.${decision.decision}`,
    entityType: "Initiative",
    entityId: current.code,
    before: { status: current.status, version: current.version },
    after: { ...(auditJson(after) as object), decisionId: row.id, rationale: decision.rationale, meetingDate: decision.meetingDate },
  });
  return { decision: row, initiative: after };
}

/** At approval each linked KPI's baseline becomes its value at that moment. */
async function captureBaselines(tx: Tx, initiativeId: number) {
  const links = await tx.initiativeKpi.findMany({ where: { initiativeId }, select: { kpiId: true } });
  const values = await currentValues(
    tx,
    links.map((link) => link.kpiId),
  );
  for (const { kpiId } of links) {
    const value = values.get(kpiId);
    await tx.initiativeKpi.update({
      where: { initiativeId_kpiId: { initiativeId, kpiId } },
      data: { baselineValue: value?.value ?? null, baselinePeriod: value?.period ?? null },
    });
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

function decisionWhere(filters: DecisionFilters): Prisma.BoardDecisionWhereInput {
  const meetingDate: Prisma.DateTimeFilter = {};
  if (filters.from) meetingDate.gte = new Date(filters.from);
  if (filters.to) meetingDate.lt = new Date(Date.parse(filters.to) + DAY_MS);
  return {
    ...(filters.initiative ? { initiative: { code: filters.initiative } } : {}),
    ...(filters.decision ? { decision: filters.decision } : {}),
    ...(filters.from || filters.to ? { meetingDate } : {}),
  };
}

export const DECISIONS_PAGE_SIZE = 50;

/** One page (1-based) of the decision log, newest meeting first, with the total for paging. */
export async function listDecisions(filters: DecisionFilters = {}, page = 1, pageSize = DECISIONS_PAGE_SIZE) {
  const where = decisionWhere(filters);
  const [total, decisions] = await Promise.all([
    db().boardDecision.count({ where }),
    db().boardDecision.findMany({
      where,
      orderBy: [{ meetingDate: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
      include: decisionInclude,
    }),
  ]);
  return { total, decisions };
}

const CSV_HEADER = ["initiative", "decision", "from_status", "to_status", "rank", "rationale", "meeting_date", "decided_by", "recorded_at"];

/** The whole filtered decision log as CSV (RFC 4180, formulas neutralised), for the board's minutes. */
export async function decisionsCsv(filters: DecisionFilters = {}): Promise<string> {
  const rows = await db().boardDecision.findMany({
    where: decisionWhere(filters),
    orderBy: [{ meetingDate: "desc" }, { id: "desc" }],
    include: decisionInclude,
  });
  return formatCsv([
    CSV_HEADER,
    ...rows.map((row) => [
      row.initiative.code,
      row.decision,
      row.fromStatus,
      row.toStatus,
      row.rank,
      row.rationale,
      toIsoDate(row.meetingDate),
      row.decidedBy.email,
      row.createdAt.toISOString(),
    ]),
  ]);
}
