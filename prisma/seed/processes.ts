// Writes the process-management control system: processes, their steps and monitoring actions,
// the capabilities behind them and the coordination mechanisms around them.
import { addDays, shiftPeriods } from "@/lib/domain/periods";
import { atHour, monthsBefore } from "./calendar";
import { CAPABILITIES, COORDINATION_MECHANISMS } from "./capability-catalogue";
import { PROCESSES, stepKey } from "./process-catalogue";
import { idOf, type IdsByCode, type SeedContext } from "./types";

export interface ProcessIds {
  processIds: IdsByCode;
  /** stepKey("PRC-CHG", 5) → id */
  stepIds: IdsByCode;
  capabilityIds: IdsByCode;
}

export interface ProcessCounts {
  processes: number;
  processSteps: number;
  monitoringActions: number;
  capabilities: number;
  coordinationMechanisms: number;
}

export async function seedProcesses(ctx: SeedContext): Promise<{ ids: ProcessIds; created: ProcessCounts }> {
  const codes = PROCESSES.map((process) => process.code);
  const before = new Set((await ctx.db.process.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((p) => p.code));
  const processes = await ctx.db.process.createMany({
    data: PROCESSES.map((p) => ({
      code: p.code,
      name: p.name,
      kind: p.kind,
      framework: p.framework,
      purpose: p.purpose,
      inputs: p.inputs,
      outputs: p.outputs,
      decisions: p.decisions,
      roles: p.roles,
      ownerId: ctx.userIds[p.owner],
    })),
    skipDuplicates: true,
  });
  const rows = await ctx.db.process.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const processIds = new Map(rows.map((row) => [row.code, row.id]));

  const processSteps = await seedSteps(ctx, processIds);
  // Monitoring actions have no natural key: they come only with a process this run created.
  const fresh = PROCESSES.filter((process) => !before.has(process.code));
  const monitoringActions = await ctx.db.monitoringAction.createMany({
    data: fresh.flatMap((process) =>
      process.monitoring.map((m) => ({
        processId: idOf(processIds, process.code),
        action: m.action,
        cadence: m.cadence,
        accountableId: ctx.userIds[m.accountable],
        createdAt: monthsBefore(ctx.today, 12),
        cadenceSince: monthsBefore(ctx.today, 12),
      })),
    ),
  });
  await seedMonitoringLog(
    ctx,
    fresh.map((process) => idOf(processIds, process.code)),
  );
  const capabilities = await seedCapabilities(ctx, processIds);
  const coordinationMechanisms = await seedCoordination(ctx, processIds);

  return {
    ids: { processIds, stepIds: await stepIdsOf(ctx, processIds), capabilityIds: capabilities.ids },
    created: {
      processes: processes.count,
      processSteps,
      monitoringActions: monitoringActions.count,
      capabilities: capabilities.created,
      coordinationMechanisms,
    },
  };
}

/** An action the demo shows as overdue: its owner missed the last two reviews. */
const MISSED_ACTION = "Monthly review of open problems older than 30 days";
const LOGGED_PERIODS = 6;

/** Each action was carried out on the third day of each of its last periods, so the page shows a history and one overdue action. */
async function seedMonitoringLog(ctx: SeedContext, processIds: number[]): Promise<void> {
  const actions = await ctx.db.monitoringAction.findMany({ where: { processId: { in: processIds } }, orderBy: { id: "asc" } });
  const yesterday = addDays(ctx.today, -1);
  const data = actions.flatMap((action) => {
    const skipped = action.action === MISSED_ACTION ? 2 : 0;
    return Array.from({ length: LOGGED_PERIODS - skipped }, (_, index) => addDays(shiftPeriods(ctx.today, action.cadence, index - LOGGED_PERIODS), 2))
      .filter((day) => day.getTime() <= yesterday.getTime())
      .map((doneOn) => ({ actionId: action.id, doneOn, loggedById: action.accountableId, note: "", createdAt: atHour(doneOn, 16) }));
  });
  await ctx.db.monitoringLog.createMany({ data });
}

async function seedSteps(ctx: SeedContext, processIds: IdsByCode): Promise<number> {
  const steps = await ctx.db.processStep.createMany({
    data: PROCESSES.flatMap((process) => process.steps.map((step, index) => ({ processId: idOf(processIds, process.code), position: index + 1, ...step }))),
    skipDuplicates: true,
  });
  return steps.count;
}

async function stepIdsOf(ctx: SeedContext, processIds: IdsByCode): Promise<IdsByCode> {
  const codeById = new Map([...processIds].map(([code, id]) => [id, code]));
  const steps = await ctx.db.processStep.findMany({
    where: { processId: { in: [...processIds.values()] } },
    select: { id: true, processId: true, position: true },
  });
  return new Map(steps.map((step) => [stepKey(codeById.get(step.processId) ?? "", step.position), step.id]));
}

async function seedCapabilities(ctx: SeedContext, processIds: IdsByCode): Promise<{ ids: IdsByCode; created: number }> {
  const created = await ctx.db.capability.createMany({
    data: CAPABILITIES.map(({ process, owner, currentMaturity: _level, ...capability }) => ({
      ...capability,
      processId: idOf(processIds, process),
      ownerId: ctx.userIds[owner],
    })),
    skipDuplicates: true,
  });
  const rows = await ctx.db.capability.findMany({
    where: { code: { in: CAPABILITIES.map((c) => c.code) } },
    select: { id: true, code: true, _count: { select: { assessments: true } } },
  });
  const ids: IdsByCode = new Map(rows.map((row) => [row.code, row.id]));
  const unassessed = new Set(rows.filter((row) => row._count.assessments === 0).map((row) => row.code));
  await ctx.db.maturityAssessment.createMany({
    data: CAPABILITIES.filter((c) => unassessed.has(c.code)).flatMap((capability, index) =>
      assessmentHistory(capability.currentMaturity, index).map((step) => ({
        capabilityId: idOf(ids, capability.code),
        assessedOn: monthsBefore(ctx.today, step.monthsAgo, 15),
        level: step.level,
        assessor: step.assessor,
        evidence: step.evidence,
        recordedById: ctx.userIds[capability.owner],
      })),
    ),
  });
  return { ids, created: created.count };
}

/**
 * Three assessments over eighteen months ending at the catalogue's level: most capabilities climbed
 * one level, every fourth held steady and every seventh slipped, so the demo shows each trend.
 */
function assessmentHistory(level: number, index: number) {
  const earlier = index % 7 === 6 ? Math.min(5, level + 1) : index % 4 === 3 ? level : Math.max(1, level - 1);
  return [
    {
      monthsAgo: 18,
      level: earlier,
      assessor: "Internal audit",
      evidence: "Baseline assessment against the capability model; interviews and document review.",
    },
    { monthsAgo: 9, level: earlier, assessor: "Self-assessment panel", evidence: "Mid-year self-assessment with the process owner and two practitioners." },
    {
      monthsAgo: 2,
      level,
      assessor: "Internal audit",
      evidence: "Annual assessment: walkthrough of the practice, sample of records and the team's training figures.",
    },
  ];
}

/** Mechanisms are keyed by code: the seed adds the ones it does not find. */
async function seedCoordination(ctx: SeedContext, processIds: IdsByCode): Promise<number> {
  const created = await ctx.db.coordinationMechanism.createMany({
    data: COORDINATION_MECHANISMS.map(({ process, lead, ...mechanism }) => ({
      ...mechanism,
      processId: idOf(processIds, process),
      leadId: ctx.userIds[lead],
    })),
    skipDuplicates: true,
  });
  return created.count;
}
