// Writes the improvement backlog: initiatives with their KPIs (baselines from the readings),
// the board decisions that moved them, comments, and the board's capacity per quarter.
import type { InitiativeStatus, Prisma } from "@/lib/generated/prisma/client";
import { lastCompletedPeriod } from "@/lib/domain/periods";
import { atHour, boardMeeting, monthsBefore, quarterStart } from "./calendar";
import { INITIATIVES_IN_BACKLOG } from "./initiative-catalogue-backlog";
import { INITIATIVES_UNDER_WAY } from "./initiative-catalogue-done";
import { STATUS_AFTER, type InitiativeSeed } from "./initiative-seed";
import { kpiSeed } from "./kpi-catalogue";
import { readingPeriods } from "./readings";
import { modelledValue } from "./trajectory";
import { idOf, type IdsByCode, type SeedContext } from "./types";

export const INITIATIVES: readonly InitiativeSeed[] = [...INITIATIVES_UNDER_WAY, ...INITIATIVES_IN_BACKLOG];

const NEEDS_ROOT_CAUSE: ReadonlySet<InitiativeStatus> = new Set(["approved", "in_progress", "done"]);

export interface InitiativeCounts {
  initiatives: number;
  initiativeKpis: number;
  boardDecisions: number;
  initiativeComments: number;
  boardCapacities: number;
}

/** Replays the board's decisions: the initiative's state is whatever they left it in. */
function replay(ctx: SeedContext, seed: InitiativeSeed) {
  // A holder rather than `let`s: TypeScript does not see the callback below reassign them.
  const state: { status: InitiativeStatus; rank: number | null } = { status: "proposed", rank: null };
  const reachedAt: Partial<Record<InitiativeStatus, Date>> = {};
  const decisions = seed.decisions.map((d): Prisma.BoardDecisionCreateWithoutInitiativeInput => {
    const meetingDate = boardMeeting(ctx.today, d.monthsAgo);
    const fromStatus = state.status;
    const toStatus = STATUS_AFTER[d.decision] ?? state.status;
    state.status = toStatus;
    if (d.rank !== undefined) state.rank = d.rank;
    reachedAt[toStatus] ??= atHour(meetingDate, 16);
    // The CTO triages and runs the work; the board approves, rejects, defers and ranks.
    const decider = ["triage", "start", "complete"].includes(d.decision) ? ctx.userIds.cto : ctx.userIds.board;
    return {
      decision: d.decision,
      fromStatus,
      toStatus,
      rank: d.rank ?? null,
      rationale: d.rationale,
      meetingDate,
      decidedBy: { connect: { id: decider } },
      createdAt: atHour(meetingDate, 16),
    };
  });
  const { status } = state;
  if (NEEDS_ROOT_CAUSE.has(status) && !seed.rootCause) throw new Error(`${seed.code} is ${status} without a root cause`);
  // Ranks order the waiting backlog; once work starts or ends they no longer apply.
  const rank = status === "approved" || status === "triaged" ? state.rank : null;
  return { status, rank, reachedAt, decisions };
}

/** Baseline: the KPI's reading for the last period completed before approval (or proposal). */
function baselineOf(ctx: SeedContext, kpiCode: string, at: Date): { baselineValue: number; baselinePeriod: Date } | null {
  const kpi = kpiSeed(kpiCode);
  const cutoff = lastCompletedPeriod(at, kpi.frequency).getTime();
  const period = readingPeriods(kpi, ctx.today)
    .filter((p) => p.getTime() <= cutoff)
    .at(-1);
  return period ? { baselineValue: modelledValue(kpi, period, ctx.today), baselinePeriod: period } : null;
}

function initiativeData(ctx: SeedContext, refs: { functionIds: IdsByCode; kpiIds: IdsByCode }, seed: InitiativeSeed): Prisma.InitiativeCreateInput {
  const { status, rank, reachedAt, decisions } = replay(ctx, seed);
  const proposedAt = atHour(monthsBefore(ctx.today, seed.proposedMonthsAgo, 18), 10);
  const baselineAt = reachedAt.approved ?? proposedAt;
  return {
    code: seed.code,
    title: seed.title,
    problem: seed.problem,
    rootCause: seed.rootCause,
    methodology: seed.methodology,
    dmaicPhase: seed.dmaicPhase,
    stream: seed.stream,
    orchestration: seed.orchestration,
    businessFunction: seed.function ? { connect: { id: idOf(refs.functionIds, seed.function) } } : undefined,
    owner: { connect: { id: ctx.userIds[seed.owner] } },
    sponsor: { connect: { id: ctx.userIds.cto } },
    effortWeeks: seed.effortWeeks,
    timeCriticality: seed.timeCriticality,
    riskReduction: seed.riskReduction,
    status,
    rank,
    proposedAt,
    createdAt: proposedAt,
    approvedAt: reachedAt.approved ?? null,
    startedAt: reachedAt.in_progress ?? null,
    completedAt: reachedAt.done ?? null,
    targetDate: seed.targetInMonths === null ? null : monthsBefore(ctx.today, -seed.targetInMonths, 28),
    kpis: {
      create: seed.kpis.map((link) => ({
        kpi: { connect: { id: idOf(refs.kpiIds, link.code) } },
        expectedImprovement: link.expectedImprovement,
        ...baselineOf(ctx, link.code, baselineAt),
      })),
    },
    decisions: { create: decisions },
    comments: {
      create: seed.comments.map((c) => ({
        author: { connect: { id: ctx.userIds[c.author] } },
        body: c.body,
        createdAt: atHour(monthsBefore(ctx.today, c.monthsAgo, 12), 11),
      })),
    },
  };
}

/** Initiatives are created once, together with their decisions and comments; never updated. */
export async function seedInitiatives(ctx: SeedContext, refs: { functionIds: IdsByCode; kpiIds: IdsByCode }): Promise<InitiativeCounts> {
  const found = await ctx.db.initiative.findMany({ where: { code: { in: INITIATIVES.map((i) => i.code) } }, select: { code: true } });
  const existing = new Set(found.map((row) => row.code));
  const missing = INITIATIVES.filter((seed) => !existing.has(seed.code));
  for (const seed of missing) await ctx.db.initiative.create({ data: initiativeData(ctx, refs, seed) });
  return {
    initiatives: missing.length,
    initiativeKpis: missing.reduce((sum, seed) => sum + seed.kpis.length, 0),
    boardDecisions: missing.reduce((sum, seed) => sum + seed.decisions.length, 0),
    initiativeComments: missing.reduce((sum, seed) => sum + seed.comments.length, 0),
    boardCapacities: await seedBoardCapacity(ctx),
  };
}

/** Person-weeks the board can fund this quarter and next, set at last month's meeting. */
async function seedBoardCapacity(ctx: SeedContext): Promise<number> {
  const plan = [
    { quarterStart: quarterStart(ctx.today, 0), personWeeks: 120 },
    { quarterStart: quarterStart(ctx.today, 1), personWeeks: 130 },
  ];
  const set = await ctx.db.boardCapacity.findMany({ where: { quarterStart: { in: plan.map((q) => q.quarterStart) } }, select: { quarterStart: true } });
  const known = new Set(set.map((row) => row.quarterStart.getTime()));
  const created = await ctx.db.boardCapacity.createMany({
    data: plan
      .filter((q) => !known.has(q.quarterStart.getTime()))
      .map((q) => ({ ...q, setById: ctx.userIds.board, setAt: atHour(boardMeeting(ctx.today, 1), 17) })),
  });
  return created.count;
}
