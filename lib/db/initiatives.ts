// Improvement initiatives: the backlog, one initiative's detail, proposing (also from a KPI's
// gap) and editing under optimistic concurrency. Writes answer with a result rather than throwing,
// so a form and the API can each say a refusal in their own terms.
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { ROOT_CAUSE_STATUSES } from "@/lib/domain/backlog/lifecycle";
import type { InitiativeStatus } from "@/lib/domain/backlog/types";
import { toIsoDate } from "@/lib/domain/periods";
import { initiativeProposeSchema, initiativeUpdateSchema, type BacklogFilters, type InitiativeChanges } from "@/lib/schemas/initiative";
import { recordAudit } from "./audit";
import { db } from "./client";

export interface FieldError {
  field: string;
  message: string;
}

export type InitiativeResult<T> =
  | ({ kind: "ok" } & T)
  | { kind: "not-found"; message: string }
  | { kind: "forbidden"; message: string }
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "conflict"; message: string };

type Tx = Prisma.TransactionClient;

/** Thrown inside a transaction to roll it back; turned into a result by the caller. */
export class Refusal extends Error {
  constructor(readonly result: Exclude<InitiativeResult<object>, { kind: "ok" }>) {
    super(result.kind);
  }
}

export const staleVersion = (code: string): { kind: "conflict"; message: string } => ({
  kind: "conflict",
  message: `Initiative ${code} was changed by someone else since you loaded it. Reload to see their change, then try again.`,
});

export const noInitiative = (id: number) => ({ kind: "not-found" as const, message: `There is no initiative with id ${id}.` });

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

/** Codes, emails and function codes named in the input, resolved to ids; unknown ones are field errors. */
async function resolveReferences(tx: Tx, input: InitiativeChanges) {
  const errors: FieldError[] = [];
  const kpis = input.kpis ? await tx.kpi.findMany({ where: { code: { in: input.kpis.map((k) => k.code) }, archivedAt: null }, select: { id: true, code: true } }) : [];
  const kpiIds = new Map(kpis.map((k) => [k.code, k.id]));
  for (const link of input.kpis ?? []) if (!kpiIds.has(link.code)) errors.push({ field: "kpis", message: `There is no live KPI with code '${link.code}'` });
  const user = async (field: "owner" | "sponsor", email: string | null | undefined) => {
    if (!email) return email === null ? null : undefined;
    const found = await tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" }, active: true }, select: { id: true } });
    if (!found) errors.push({ field, message: `There is no active user with email '${email}'` });
    return found?.id;
  };
  const ownerId = await user("owner", input.owner);
  const sponsorId = await user("sponsor", input.sponsor);
  let businessFunctionId: number | null | undefined = input.businessFunction === null ? null : undefined;
  if (input.businessFunction) {
    businessFunctionId = (await tx.businessFunction.findUnique({ where: { code: input.businessFunction }, select: { id: true } }))?.id;
    if (businessFunctionId === undefined) errors.push({ field: "businessFunction", message: `There is no business function with code '${input.businessFunction}'` });
  }
  return { errors, kpiIds, ownerId, sponsorId, businessFunctionId };
}

type References = Awaited<ReturnType<typeof resolveReferences>>;

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

export function zodErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "body";
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return [...errors].map(([field, message]) => ({ field, message }));
}

/** INI-001, INI-002…: the next number after the highest code in use. */
async function nextCode(tx: Tx): Promise<string> {
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring("code" from '^INI-([0-9]{1,9})$')::int) AS n FROM "Initiative"`;
  return `INI-${String((rows[0]?.n ?? 0) + 1).padStart(3, "0")}`;
}

/** A new initiative in `proposed`, its KPIs' current values as provisional baselines. */
export async function proposeInitiative(actor: Actor, input: unknown): Promise<InitiativeResult<{ initiative: BacklogInitiative }>> {
  if (!can(actor, "initiative:propose")) return { kind: "forbidden", message: new ForbiddenError("initiative:propose").message };
  const parsed = initiativeProposeSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", errors: zodErrors(parsed.error.issues) };
  const proposal = parsed.data;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db().$transaction(async (tx) => {
        const refs = await resolveReferences(tx, proposal);
        if (refs.errors.length > 0) throw new Refusal({ kind: "invalid", errors: refs.errors });
        const baselines = await currentValues(tx, [...refs.kpiIds.values()]);
        const code = await nextCode(tx);
        const data = scalarData(proposal, refs) as Omit<Prisma.InitiativeUncheckedCreateInput, "code" | "ownerId">;
        const created = await tx.initiative.create({
          data: {
            ...data,
            code,
            ownerId: refs.ownerId ?? actor.id,
            kpis: { create: proposal.kpis.map((link) => kpiLink(link, refs.kpiIds, baselines)) },
          },
          include: initiativeInclude,
        });
        await recordAudit(tx, { actorId: actor.id, action: "initiative.propose", entityType: "Initiative", entityId: code, after: auditJson(created) });
        return { kind: "ok" as const, initiative: created };
      });
    } catch (error) {
      if (error instanceof Refusal) return error.result;
      // Two proposals took the same next code at once: the loser tries the following number.
      if (isUniqueViolation(error) && attempt < 4) continue;
      throw error;
    }
  }
}

function kpiLink(link: { code: string; expectedImprovement: number }, kpiIds: Map<string, number>, baselines: Map<number, { value: number; period: Date }>) {
  const kpiId = kpiIds.get(link.code) ?? 0;
  const baseline = baselines.get(kpiId);
  return { kpiId, expectedImprovement: link.expectedImprovement, baselineValue: baseline?.value ?? null, baselinePeriod: baseline?.period ?? null };
}

export function auditJson(initiative: { status: string; version: number; rank: number | null; title: string; rootCause: string | null; effortWeeks: number }): Prisma.InputJsonValue {
  const { status, version, rank, title, rootCause, effortWeeks } = initiative;
  return { status, version, rank, title, rootCause, effortWeeks };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

export interface GapPrefill {
  title: string;
  problem: string;
  stream: "exploit" | "explore";
  businessFunction: string | null;
  kpis: { code: string; name: string; unit: string; expectedImprovement: number; baselineValue: number | null; baselinePeriod: string | null; target: number | null }[];
}

/** What a proposal made from a KPI's gap starts with: the KPI, its current value as baseline, the target. Writes nothing. */
export async function proposeFromGap(actor: Actor, kpiCode: string): Promise<InitiativeResult<{ prefill: GapPrefill }>> {
  if (!can(actor, "initiative:propose")) return { kind: "forbidden", message: new ForbiddenError("initiative:propose").message };
  if (kpiCode.includes("\u0000")) return { kind: "not-found", message: "There is no KPI with that code." };
  const kpi = await db().kpi.findFirst({
    where: { code: kpiCode, archivedAt: null },
    select: { id: true, code: true, name: true, unit: true, direction: true, target: true, bandLow: true, bandHigh: true, layer: true, businessFunction: { select: { code: true } } },
  });
  if (!kpi) return { kind: "not-found", message: `There is no KPI with code '${kpiCode}'.` };
  const current = (await currentValues(db(), [kpi.id])).get(kpi.id) ?? null;
  const target = kpi.direction === "band" ? null : kpi.target;
  return {
    kind: "ok",
    prefill: {
      title: `Close the gap on ${kpi.name}`,
      problem: current ? `${kpi.name} is ${current.value}${kpi.unit} (${toIsoDate(current.period)}) against a target of ${describeTarget(kpi)}.` : `${kpi.name} has no reading yet; its target is ${describeTarget(kpi)}.`,
      stream: kpi.layer === "capability" ? "explore" : "exploit",
      businessFunction: kpi.businessFunction?.code ?? null,
      kpis: [{ code: kpi.code, name: kpi.name, unit: kpi.unit, target, expectedImprovement: improvementToTarget(kpi, current?.value ?? null), baselineValue: current?.value ?? null, baselinePeriod: current ? toIsoDate(current.period) : null }],
    },
  };
}

type GapKpi = { direction: "higher" | "lower" | "band"; target: number | null; bandLow: number | null; bandHigh: number | null; unit: string };

function describeTarget(kpi: GapKpi): string {
  return kpi.direction === "band" ? `${kpi.bandLow ?? "?"}–${kpi.bandHigh ?? "?"}${kpi.unit}` : `${kpi.target ?? "?"}${kpi.unit}`;
}

/** Distance from the current value to target, signed in the KPI's better direction; 0 when already there. */
function improvementToTarget(kpi: GapKpi, value: number | null): number {
  if (value === null) return 0;
  if (kpi.direction === "higher" && kpi.target !== null) return Math.max(0, kpi.target - value);
  if (kpi.direction === "lower" && kpi.target !== null) return Math.max(0, value - kpi.target);
  if (kpi.direction === "band" && kpi.bandLow !== null && kpi.bandHigh !== null) return value < kpi.bandLow ? kpi.bandLow - value : value > kpi.bandHigh ? value - kpi.bandHigh : 0;
  return 0;
}


/** Board members judge urgency and risk; the owner (or an executive) edits everything. */
const BOARD_FIELDS = new Set(["timeCriticality", "riskReduction"]);

/**
 * Applies `changes` (any subset of the fields, as sent) when the initiative is still at `version`,
 * the one the editor saw; a stale version is a conflict and nothing is written.
 */
export async function updateInitiative(actor: Actor, id: number, version: number, changes: unknown): Promise<InitiativeResult<{ initiative: BacklogInitiative }>> {
  const existing = await db().initiative.findUnique({ where: { id }, select: { id: true, code: true, ownerId: true, status: true, methodology: true, dmaicPhase: true, version: true } });
  if (!existing) return noInitiative(id);
  const runs = can(actor, "initiative:run", { ownerId: existing.ownerId });
  if (!runs && !can(actor, "initiative:decide")) return { kind: "forbidden", message: new ForbiddenError("initiative:run").message };
  const fields = typeof changes === "object" && changes !== null ? changes : {};
  const parsed = initiativeUpdateSchema.safeParse({ ...fields, version });
  if (!parsed.success) return { kind: "invalid", errors: zodErrors(parsed.error.issues) };
  const { version: _v, ...valid } = parsed.data;
  if (!runs) {
    const outside = Object.keys(valid).filter((field) => !BOARD_FIELDS.has(field));
    if (outside.length > 0) return { kind: "forbidden", message: `Board members may change only timeCriticality and riskReduction, not ${outside.join(", ")}.` };
  }
  if (Object.keys(valid).length === 0) return { kind: "invalid", errors: [{ field: "body", message: "Send at least one field to change besides version" }] };
  if (version !== existing.version) return staleVersion(existing.code);
  const errors = ruleErrors(existing, valid);
  if (errors.length > 0) return { kind: "invalid", errors };
  try {
    return await db().$transaction(async (tx) => {
      const refs = await resolveReferences(tx, valid);
      if (refs.errors.length > 0) throw new Refusal({ kind: "invalid", errors: refs.errors });
      const before = await tx.initiative.findUniqueOrThrow({ where: { id } });
      const written = await tx.initiative.updateMany({ where: { id, version }, data: { ...scalarData(valid, refs), version: { increment: 1 } } });
      if (written.count === 0) throw new Refusal(staleVersion(existing.code));
      if (valid.kpis) await replaceKpis(tx, id, valid.kpis, refs.kpiIds);
      const after = await tx.initiative.findUniqueOrThrow({ where: { id }, include: initiativeInclude });
      await recordAudit(tx, { actorId: actor.id, action: "initiative.update", entityType: "Initiative", entityId: existing.code, before: auditJson(before), after: auditJson(after) });
      return { kind: "ok" as const, initiative: after };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

/** What the database CHECKs would refuse, said as field errors instead of a 500. */
function ruleErrors(existing: { status: InitiativeStatus; methodology: string; dmaicPhase: string | null }, changes: InitiativeChanges): FieldError[] {
  const errors: FieldError[] = [];
  if (ROOT_CAUSE_STATUSES.includes(existing.status) && changes.rootCause !== undefined && !changes.rootCause) {
    errors.push({ field: "rootCause", message: "An approved initiative must keep its root cause" });
  }
  const methodology = changes.methodology ?? existing.methodology;
  const phase = changes.dmaicPhase !== undefined ? changes.dmaicPhase : existing.dmaicPhase;
  if (phase && methodology !== "six_sigma") errors.push({ field: changes.dmaicPhase ? "dmaicPhase" : "methodology", message: "A DMAIC phase is only for Six Sigma initiatives" });
  return errors;
}

/** Kept KPIs keep their baseline; new ones start from the KPI's current value. */
async function replaceKpis(tx: Tx, initiativeId: number, links: { code: string; expectedImprovement: number }[], kpiIds: Map<string, number>) {
  const wanted = links.map((link) => ({ ...link, kpiId: kpiIds.get(link.code) ?? 0 }));
  await tx.initiativeKpi.deleteMany({ where: { initiativeId, kpiId: { notIn: wanted.map((link) => link.kpiId) } } });
  const existing = new Set((await tx.initiativeKpi.findMany({ where: { initiativeId }, select: { kpiId: true } })).map((row) => row.kpiId));
  const baselines = await currentValues(tx, wanted.filter((link) => !existing.has(link.kpiId)).map((link) => link.kpiId));
  for (const link of wanted) {
    if (existing.has(link.kpiId)) {
      await tx.initiativeKpi.update({ where: { initiativeId_kpiId: { initiativeId, kpiId: link.kpiId } }, data: { expectedImprovement: link.expectedImprovement } });
    } else {
      await tx.initiativeKpi.create({ data: { initiativeId, ...kpiLink(link, kpiIds, baselines) } });
    }
  }
}

export const COMMENT_MAX = 5000;

/** A comment on an initiative, by anyone who takes part in the backlog (proposes, runs or decides). */
export async function addComment(actor: Actor, id: number, body: string): Promise<InitiativeResult<{ comment: { id: number; body: string; createdAt: Date } }>> {
  const initiative = await db().initiative.findUnique({ where: { id }, select: { code: true, ownerId: true } });
  if (!initiative) return noInitiative(id);
  const takesPart = can(actor, "initiative:propose") || can(actor, "initiative:decide") || can(actor, "initiative:run", { ownerId: initiative.ownerId });
  if (!takesPart) return { kind: "forbidden", message: "Only people who propose, run or decide initiatives may comment on them." };
  const text = body.trim();
  if (text === "" || text.length > COMMENT_MAX || text.includes("\u0000")) {
    return { kind: "invalid", errors: [{ field: "body", message: `A comment is 1–${COMMENT_MAX} characters, without the NUL character` }] };
  }
  const comment = await db().$transaction(async (tx) => {
    const row = await tx.initiativeComment.create({ data: { initiativeId: id, authorId: actor.id, body: text }, select: { id: true, body: true, createdAt: true } });
    await recordAudit(tx, { actorId: actor.id, action: "initiative.comment", entityType: "Initiative", entityId: initiative.code, after: { commentId: row.id } });
    return row;
  });
  return { kind: "ok", comment };
}
