// Board decisions: moving an initiative through its lifecycle or ranking it. Each one is an
// append-only BoardDecision row written in the same transaction as the change it records, with an
// audit event, and only when the initiative is still at the version the decider saw.
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatCsv } from "@/lib/domain/csv";
import { can, type Actor } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/domain/periods";
import { allowedTransitions, rankProblems, timestampFor, transitionProblems, type Transition } from "@/lib/domain/backlog/lifecycle";
import type { DecisionKind, InitiativeStatus } from "@/lib/domain/backlog/types";
import { decisionInputSchema, type DecisionFilters, type DecisionInput } from "@/lib/schemas/initiative";
import { recordAudit } from "./audit";
import { db } from "./client";
import { auditJson, currentValues, initiativeInclude, noInitiative, Refusal, staleVersion, zodErrors, type BacklogInitiative, type InitiativeResult } from "./initiatives";

const decisionInclude = { decidedBy: { select: { name: true, email: true } }, initiative: { select: { code: true } } } satisfies Prisma.BoardDecisionInclude;
export type BoardDecisionRow = Prisma.BoardDecisionGetPayload<{ include: typeof decisionInclude }>;

type Current = { id: number; code: string; status: InitiativeStatus; ownerId: number; rootCause: string | null; version: number; _count: { kpis: number } };

/** The move `decision` makes from `status`, if the lifecycle has one. */
function transitionFor(status: InitiativeStatus, decision: DecisionKind): Transition | undefined {
  return allowedTransitions(status).find((t) => t.decision === decision);
}

/**
 * Records the board's `decision` on initiative `id`: a lifecycle move (triage, approve, start…) or
 * a new rank. Refused as a conflict when `version` is not the initiative's current one.
 */
export async function decideInitiative(actor: Actor, id: number, input: unknown): Promise<InitiativeResult<{ decision: BoardDecisionRow; initiative: BacklogInitiative }>> {
  const current = await db().initiative.findUnique({
    where: { id },
    select: { id: true, code: true, status: true, ownerId: true, rootCause: true, version: true, _count: { select: { kpis: true } } },
  });
  if (!current) return noInitiative(id);
  if (!can(actor, "initiative:decide") && !can(actor, "initiative:run", { ownerId: current.ownerId })) {
    return { kind: "forbidden", message: "Only the governance board, or the initiative's owner for start and complete, may decide on an initiative." };
  }
  const parsed = decisionInputSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", errors: zodErrors(parsed.error.issues) };
  const decision = parsed.data;
  if (decision.version !== current.version) return staleVersion(current.code);
  const refused = decision.decision === "rank" ? rankRefusal(current, decision, actor) : transitionRefusal(current, decision, actor);
  if (refused) return refused;
  try {
    return await db().$transaction((tx) => write(tx, actor, current, decision));
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

function rankRefusal(current: Current, decision: DecisionInput, actor: Actor) {
  if (!can(actor, "initiative:decide")) return { kind: "forbidden" as const, message: "Only the governance board may rank initiatives." };
  if (decision.rank === undefined) return { kind: "invalid" as const, errors: [{ field: "rank", message: "A rank decision needs the new rank" }] };
  const problems = rankProblems(current, actor);
  return problems.length > 0 ? { kind: "invalid" as const, errors: problems.map((message) => ({ field: "decision", message })) } : null;
}

function transitionRefusal(current: Current, decision: DecisionInput, actor: Actor) {
  const transition = transitionFor(current.status, decision.decision);
  if (!transition) {
    const allowed = allowedTransitions(current.status).map((t) => t.decision);
    const options = allowed.length > 0 ? `: it may be ${allowed.join(", ")}` : "";
    return { kind: "invalid" as const, errors: [{ field: "decision", message: `A ${current.status} initiative cannot take the decision '${decision.decision}'${options}` }] };
  }
  if (!can(actor, transition.permission, { ownerId: current.ownerId })) {
    const who = transition.permission === "initiative:run" ? "the initiative's owner (or an executive)" : "the governance board";
    return { kind: "forbidden" as const, message: `Only ${who} may ${decision.decision} this initiative.` };
  }
  if (decision.rank !== undefined && !can(actor, "initiative:decide")) return { kind: "forbidden" as const, message: "Only the governance board may rank initiatives." };
  const problems = transitionProblems({ ...current, kpiCount: current._count.kpis }, transition.to, actor);
  if (problems.length === 0) return null;
  return { kind: "invalid" as const, errors: problems.map((message) => ({ field: /root cause/i.test(message) ? "rootCause" : /KPI/.test(message) ? "kpis" : "decision", message })) };
}

async function write(tx: Prisma.TransactionClient, actor: Actor, current: Current, decision: DecisionInput) {
  const to = decision.decision === "rank" ? null : (transitionFor(current.status, decision.decision)?.to ?? null);
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
  if (written.count === 0) throw new Refusal(staleVersion(current.code));
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
      decidedById: actor.id,
    },
    include: decisionInclude,
  });
  const after = await tx.initiative.findUniqueOrThrow({ where: { id: current.id }, include: initiativeInclude });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `initiative.${decision.decision}`,
    entityType: "Initiative",
    entityId: current.code,
    before: { status: current.status, version: current.version },
    after: { ...(auditJson(after) as object), decisionId: row.id, rationale: decision.rationale, meetingDate: decision.meetingDate },
  });
  return { kind: "ok" as const, decision: row, initiative: after };
}

/** At approval each linked KPI's baseline becomes its value at that moment. */
async function captureBaselines(tx: Prisma.TransactionClient, initiativeId: number) {
  const links = await tx.initiativeKpi.findMany({ where: { initiativeId }, select: { kpiId: true } });
  const values = await currentValues(tx, links.map((link) => link.kpiId));
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
  const rows = await db().boardDecision.findMany({ where: decisionWhere(filters), orderBy: [{ meetingDate: "desc" }, { id: "desc" }], include: decisionInclude });
  return formatCsv([
    CSV_HEADER,
    ...rows.map((row) => [row.initiative.code, row.decision, row.fromStatus, row.toStatus, row.rank, row.rationale, toIsoDate(row.meetingDate), row.decidedBy.email, row.createdAt.toISOString()]),
  ]);
}
