// Each test makes its own rows, with unique codes, so tests never depend on each other or on the
// seed and can run in parallel on one database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { KpiLayer, Prisma, Role, Stream } from "@/lib/generated/prisma/client";
import type { Frequency } from "@/lib/domain/periods";
import { issueApiToken } from "@/lib/auth/api-token";

const unique = () => randomUUID().slice(0, 8).toUpperCase();

/** A code no other test uses, in the form new codes take (capitals, digits, dashes). */
export const newCode = (prefix: string) => `${prefix}-${unique()}`;

export async function makeUser(overrides: { role?: Role; active?: boolean } = {}) {
  const id = unique().toLowerCase();
  return db().user.create({
    data: { email: `user-${id}@test.example`, name: `Test User ${id}`, role: overrides.role ?? "viewer", passwordHash: "x", active: overrides.active ?? true },
  });
}

export async function makeApiToken(userId: number) {
  const issued = issueApiToken();
  await db().apiToken.create({ data: { userId, name: "test", tokenHash: issued.tokenHash, prefix: issued.prefix } });
  return issued.token;
}

export async function makeBusinessFunction() {
  const code = `F${unique()}`;
  return db().businessFunction.create({
    data: { code, name: `Function ${code}`, valueChain: { create: { code: `VC${unique()}`, name: "Test chain" } } },
  });
}

export async function makePriority(businessFunctionId?: number) {
  return db().businessPriority.create({
    data: { code: `P${unique()}`, title: "Test priority", weight: 1, startsOn: new Date("2025-01-01"), businessFunctionId },
  });
}

export async function makeKpi(overrides: { layer?: KpiLayer; ownerId?: number; businessPriorityId?: number } = {}) {
  const layer = overrides.layer ?? "supply";
  const ownerId = overrides.ownerId ?? (await makeUser({ role: "process_owner" })).id;
  const businessPriorityId = overrides.businessPriorityId ?? (layer === "demand" ? (await makePriority()).id : undefined);
  return db().kpi.create({
    data: {
      code: `K${unique()}`,
      name: "Test KPI",
      layer,
      scorecard: "operational",
      unit: "%",
      direction: "higher",
      target: 95,
      redFlag: 90,
      frequency: "monthly",
      indicatorType: "lagging",
      ownerId,
      businessPriorityId,
    },
  });
}

/** A KPI with any definition fields set (scorecard, function, process step, capability, archived…). */
export async function makeKpiWith(data: Prisma.KpiUncheckedUpdateInput & { layer?: KpiLayer; businessPriorityId?: number }) {
  const kpi = await makeKpi({ layer: data.layer, businessPriorityId: data.businessPriorityId });
  return db().kpi.update({ where: { id: kpi.id }, data });
}

/** A process of the given kind with one step; supply KPIs map to the step. */
export async function makeProcessStep(kind: Stream) {
  const owner = await makeUser({ role: "process_owner" });
  const process = await db().process.create({
    data: { code: `PR${unique()}`, name: "Test process", kind, ownerId: owner.id, steps: { create: { position: 1, name: "Step one" } } },
    include: { steps: true },
  });
  const step = process.steps[0];
  if (!step) throw new Error("process created without its step");
  return { ...step, process };
}

/** A capability (for a process, with an owner when given), assessed once at level 2 a year ago. */
export async function makeCapability(processId?: number, ownerId?: number) {
  return db().capability.create({
    data: {
      code: `C${unique()}`,
      name: "Test capability",
      kind: "process",
      targetMaturity: 4,
      processId,
      ownerId,
      assessments: {
        create: { assessedOn: new Date(Date.UTC(new Date().getUTCFullYear() - 1, 0, 15)), level: 2, assessor: "Test audit", evidence: "Test evidence" },
      },
    },
  });
}

export async function makeDemandProfile(businessFunctionId: number, effectiveFrom: Date, profile: { controlFlexibility: number; targetExploreShare: number }) {
  return db().demandProfile.create({
    data: {
      businessFunctionId,
      effectiveFrom,
      ...profile,
      riskTolerance: "medium",
      availabilityNeed: "high",
      changeCadence: "monthly",
      users: 10,
      transactionsPerDay: 100,
    },
  });
}

/** A link in force from `validFrom` (default: long before any reading period) until `validTo`, if given. */
export async function makeKpiLink(supportingId: number, supportedId: number, weight = 1, dates: { validFrom?: string; validTo?: string } = {}) {
  const validFrom = new Date(dates.validFrom ?? "2000-01-01");
  const validTo = dates.validTo === undefined ? null : new Date(dates.validTo);
  return db().kpiLink.create({ data: { supportingId, supportedId, weight, validFrom, validTo } });
}

/**
 * A reading row written directly, so a test can say when it was entered (readings are
 * append-only and cannot be back-dated afterwards). Versions above 1 get a reason, as required.
 */
export async function makeReading(kpiId: number, period: string, value: number, options: { version?: number; enteredAt?: Date } = {}) {
  const version = options.version ?? 1;
  return db().reading.create({
    data: {
      kpiId,
      period: new Date(period),
      value,
      version,
      reason: version > 1 ? "correction" : null,
      source: "import",
      enteredAt: options.enteredAt ?? new Date(period),
    },
  });
}

/** A process with named steps in order (owned by a new process owner unless one is given). */
export async function makeProcess(options: { ownerId?: number; steps?: string[]; kind?: Stream } = {}) {
  const ownerId = options.ownerId ?? (await makeUser({ role: "process_owner" })).id;
  const steps = options.steps ?? ["Step one", "Step two"];
  return db().process.create({
    data: {
      code: `PR${unique()}`,
      name: "Test process",
      kind: options.kind ?? "exploit",
      ownerId,
      purpose: "Keep things running",
      inputs: ["Request"],
      steps: { create: steps.map((name, index) => ({ position: index + 1, name })) },
    },
    include: { steps: { orderBy: { position: "asc" } } },
  });
}

/** A monitoring action of a process, set up on `createdAt` (default: now). */
export async function makeMonitoringAction(processId: number, accountableId: number, options: { cadence?: Frequency; createdAt?: Date } = {}) {
  return db().monitoringAction.create({
    data: {
      processId,
      accountableId,
      action: `Review ${unique()}`,
      cadence: options.cadence ?? "monthly",
      createdAt: options.createdAt,
      cadenceSince: options.createdAt,
    },
  });
}

/** An audit event written directly, so a test can say when it happened. */
export async function makeAuditEvent(data: { actorId: number | null; action: string; entityType: string; createdAt?: Date }) {
  return db().auditEvent.create({ data: { ...data, entityId: unique(), before: { n: 1 }, after: { n: 2 } } });
}

/** A KPI with a given reporting frequency and owner, for reading-entry and reminder tests. */
export async function makeKpiOwnedBy(ownerId: number, frequency: "weekly" | "monthly" | "quarterly" = "monthly") {
  const kpi = await makeKpi({ ownerId });
  return db().kpi.update({ where: { id: kpi.id }, data: { frequency } });
}

/** An initiative in any status, written directly (owner, root cause and linked KPIs as given). */
export async function makeInitiative(
  overrides: {
    ownerId?: number;
    status?: "proposed" | "triaged" | "approved" | "in_progress" | "done" | "rejected" | "deferred";
    rootCause?: string | null;
    kpiIds?: number[];
    businessFunctionId?: number;
    stream?: Stream;
  } = {},
) {
  const ownerId = overrides.ownerId ?? (await makeUser({ role: "process_owner" })).id;
  const kpiIds = overrides.kpiIds ?? [(await makeKpi()).id];
  return db().initiative.create({
    data: {
      code: `T-INI-${unique()}`,
      title: "Test initiative",
      problem: "A gap",
      rootCause: overrides.rootCause === undefined ? "Known cause" : overrides.rootCause,
      methodology: "lean",
      stream: overrides.stream ?? "exploit",
      ownerId,
      effortWeeks: 4,
      status: overrides.status ?? "proposed",
      businessFunctionId: overrides.businessFunctionId,
      kpis: { create: kpiIds.map((kpiId) => ({ kpiId, expectedImprovement: 2 })) },
    },
  });
}
