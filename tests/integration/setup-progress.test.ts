// The set-up checklist's counts against a real database. Other test files write at the same time,
// so the counts are compared inside one repeatable-read transaction (which sees only its own
// writes) and rolled back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadSetupCounts } from "@/lib/db/setup-progress";
import type { Tx } from "@/lib/db/transaction";
import { addDays, utcDay } from "@/lib/domain/periods";
import { makeUser, newCode } from "../factories";

const today = utcDay(new Date());
class RolledBack extends Error {}

async function withinSnapshot(work: (tx: Tx) => Promise<void>) {
  const outcome = await db()
    .$transaction(
      async (tx) => {
        await work(tx);
        throw new RolledBack();
      },
      { isolationLevel: "RepeatableRead" },
    )
    .catch((error: unknown) => error);
  if (!(outcome instanceof RolledBack)) throw outcome;
}

const kpi = (tx: Tx, layer: "demand" | "supply" | "capability", ownerId: number, extra: { businessPriorityId?: number; processStepId?: number } = {}) =>
  tx.kpi.create({
    data: {
      code: newCode("K"),
      name: "Counted",
      layer,
      scorecard: "strategic",
      unit: "%",
      direction: "higher",
      target: 95,
      redFlag: 90,
      frequency: "monthly",
      indicatorType: "lagging",
      ownerId,
      ...extra,
    },
  });

describe("loadSetupCounts", () => {
  it("counts what each step of the checklist records, only what is live or in force today", async () => {
    const owner = await makeUser({ role: "process_owner" });
    await withinSnapshot(async (tx) => {
      const before = await loadSetupCounts(today, tx);
      const chain = await tx.valueChain.create({ data: { code: newCode("VC"), name: "Counted chain" } });
      const [profiled] = await Promise.all(
        [1, 2].map((n) => tx.businessFunction.create({ data: { code: newCode(`FN${n}`), name: "Counted", valueChainId: chain.id } })),
      );
      const profile = {
        controlFlexibility: 50,
        riskTolerance: "medium",
        availabilityNeed: "standard",
        changeCadence: "monthly",
        targetExploreShare: 20,
        users: 10,
        transactionsPerDay: 100,
      } as const;
      await tx.demandProfile.create({ data: { ...profile, businessFunctionId: profiled!.id, effectiveFrom: addDays(today, -5) } });
      const inForce = await tx.businessPriority.create({ data: { code: newCode("P"), title: "Now", weight: 1, startsOn: addDays(today, -5) } });
      await tx.businessPriority.create({ data: { code: newCode("P"), title: "Later", weight: 1, startsOn: addDays(today, 5) } });
      const process = await tx.process.create({ data: { code: newCode("PR"), name: "Counted", kind: "exploit", ownerId: owner.id } });
      const step = await tx.processStep.create({ data: { processId: process.id, position: 1, name: "One" } });
      const demand = await kpi(tx, "demand", owner.id, { businessPriorityId: inForce.id });
      await kpi(tx, "demand", owner.id, { businessPriorityId: inForce.id });
      const supply = await kpi(tx, "supply", owner.id, { processStepId: step.id });
      await kpi(tx, "capability", owner.id);
      const archived = await kpi(tx, "supply", owner.id);
      await tx.kpi.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
      await tx.kpiLink.create({ data: { supportingId: supply.id, supportedId: demand.id, weight: 1, validFrom: addDays(today, -1) } });
      await tx.reading.create({ data: { kpiId: supply.id, period: new Date("2026-01-01"), value: 96, enteredById: owner.id, source: "manual" } });

      const after = await loadSetupCounts(today, tx);
      const delta = (pick: (c: typeof after) => number) => pick(after) - pick(before);
      expect({
        valueChains: delta((c) => c.valueChains),
        functions: delta((c) => c.functions),
        functionsProfiled: delta((c) => c.functionsProfiled),
        prioritiesInForce: delta((c) => c.prioritiesInForce),
        priorities: delta((c) => c.priorities),
        demand: delta((c) => c.kpis.demand),
        supply: delta((c) => c.kpis.supply),
        capability: delta((c) => c.kpis.capability),
        demandSupported: delta((c) => c.demandSupported),
        processes: delta((c) => c.processes),
        steps: delta((c) => c.steps),
        supplyMapped: delta((c) => c.supplyMapped),
        kpisWithReadings: delta((c) => c.kpisWithReadings),
      }).toEqual({
        valueChains: 1,
        functions: 2,
        functionsProfiled: 1,
        prioritiesInForce: 1,
        priorities: 2,
        demand: 2,
        supply: 1,
        capability: 1,
        demandSupported: 1,
        processes: 1,
        steps: 1,
        supplyMapped: 1,
        kpisWithReadings: 1,
      });
    });
  });
});
