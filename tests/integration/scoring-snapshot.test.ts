// The scoring snapshot as the database builds it: the latest readings per KPI as known on a date,
// demand profiles in force on that date, and KPI definitions with their exploit/explore
// orientation. The shared database holds other tests' rows, so every check looks at its own KPIs.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getKpiDetail } from "@/lib/db/kpi-detail";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { fromIsoDate, toIsoDate } from "@/lib/domain/periods";
import { readingsAsOf } from "@/lib/domain/scoring";
import type { ReadingPoint } from "@/lib/domain/scoring/types";
import {
  makeBusinessFunction,
  makeCapability,
  makeDemandProfile,
  makeKpi,
  makeKpiLink,
  makeKpiWith,
  makeProcessStep,
  makeReading,
  makeUser,
} from "../factories";

const day = fromIsoDate;
const at = (iso: string) => new Date(iso);
const periodsAndValues = (points: ReadingPoint[] | undefined) => (points ?? []).map((p) => [toIsoDate(p.period), p.value]);

async function readingsOf(kpiId: number, asOf: string) {
  return (await loadScoringSnapshot(day(asOf))).readings.get(kpiId);
}

describe("loadScoringSnapshot: readings", () => {
  it("gives each live KPI its periods newest first, at their highest version", async () => {
    const a = await makeKpi();
    const b = await makeKpi();
    const archived = await makeKpiWith({ archivedAt: at("2025-06-01T00:00:00Z") });
    await makeReading(a.id, "2025-01-01", 90, { enteredAt: at("2025-02-02T09:00:00Z") });
    await makeReading(a.id, "2025-02-01", 91, { enteredAt: at("2025-03-02T09:00:00Z") });
    await makeReading(a.id, "2025-02-01", 93, { version: 2, enteredAt: at("2025-03-05T09:00:00Z") });
    await makeReading(a.id, "2025-03-01", 92, { enteredAt: at("2025-04-02T09:00:00Z") });
    await makeReading(b.id, "2025-03-01", 50, { enteredAt: at("2025-04-03T09:00:00Z") });
    await makeReading(archived.id, "2025-03-01", 1, { enteredAt: at("2025-04-03T09:00:00Z") });

    const snapshot = await loadScoringSnapshot(day("2025-06-30"));
    expect(periodsAndValues(snapshot.readings.get(a.id))).toEqual([
      ["2025-03-01", 92],
      ["2025-02-01", 93],
      ["2025-01-01", 90],
    ]);
    expect(snapshot.readings.get(a.id)?.[1]).toMatchObject({ version: 2, note: "", enteredAt: at("2025-03-05T09:00:00Z") });
    expect(periodsAndValues(snapshot.readings.get(b.id))).toEqual([["2025-03-01", 50]]);
    expect(snapshot.readings.has(archived.id)).toBe(false);
    expect(snapshot.kpis.some((kpi) => kpi.id === archived.id)).toBe(false);
    expect(snapshot.asOf).toEqual(day("2025-06-30"));
  });

  it("as of a date: no later periods, no versions entered after that day, corrections count from their entry day", async () => {
    const kpi = await makeKpi();
    await makeReading(kpi.id, "2025-03-01", 10, { enteredAt: at("2025-04-02T10:00:00Z") });
    await makeReading(kpi.id, "2025-04-01", 30, { enteredAt: at("2025-05-02T10:00:00Z") });
    await makeReading(kpi.id, "2025-03-01", 20, { version: 2, enteredAt: at("2025-05-10T23:30:00Z") });
    // Entered ahead of its period (a planned figure): the period rule alone keeps it out.
    await makeReading(kpi.id, "2025-06-01", 60, { enteredAt: at("2025-05-20T10:00:00Z") });

    expect(await readingsOf(kpi.id, "2025-04-01")).toBeUndefined();
    expect(periodsAndValues(await readingsOf(kpi.id, "2025-04-02"))).toEqual([["2025-03-01", 10]]);
    expect(periodsAndValues(await readingsOf(kpi.id, "2025-05-09"))).toEqual([
      ["2025-04-01", 30],
      ["2025-03-01", 10],
    ]);
    expect(periodsAndValues(await readingsOf(kpi.id, "2025-05-10"))).toEqual([
      ["2025-04-01", 30],
      ["2025-03-01", 20],
    ]);
    expect(periodsAndValues(await readingsOf(kpi.id, "2025-05-31"))).toEqual([
      ["2025-04-01", 30],
      ["2025-03-01", 20],
    ]);
    expect(periodsAndValues(await readingsOf(kpi.id, "2025-06-01"))).toEqual([
      ["2025-06-01", 60],
      ["2025-04-01", 30],
      ["2025-03-01", 20],
    ]);
  });

  it("agrees with the engine's reference readingsAsOf on every day of a corrected history", async () => {
    const kpi = await makeKpi();
    for (let month = 1; month <= 8; month += 1) {
      const period = `2025-${String(month).padStart(2, "0")}-01`;
      await makeReading(kpi.id, period, month * 10, { enteredAt: at(`2025-${String(month + 1).padStart(2, "0")}-03T12:00:00Z`) });
      if (month % 3 === 0) {
        await makeReading(kpi.id, period, month * 10 + 1, { version: 2, enteredAt: at(`2025-${String(month + 2).padStart(2, "0")}-07T00:00:00Z`) });
      }
    }
    const history = await db().reading.findMany({ where: { kpiId: kpi.id } });
    for (let asOf = day("2025-01-15"); asOf <= day("2025-11-15"); asOf = new Date(asOf.getTime() + 9 * 86_400_000)) {
      const expected = readingsAsOf(history, asOf).map((r) => [toIsoDate(r.period), r.value, r.version]);
      const loaded = (await loadScoringSnapshot(asOf)).readings.get(kpi.id) ?? [];
      expect(
        loaded.map((r) => [toIsoDate(r.period), r.value, r.version]),
        toIsoDate(asOf),
      ).toEqual(expected);
    }
  });

  it("returns at most readingsPerKpi periods however long the history, newest first", async () => {
    const kpi = await makeKpi();
    const periods = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2000, i, 1)));
    await db().reading.createMany({
      data: periods.map((period, i) => ({ kpiId: kpi.id, period, value: i, source: "import" as const, enteredAt: period })),
    });

    const twelve = await readingsOf(kpi.id, "2025-12-31");
    expect(twelve).toHaveLength(12);
    expect(twelve?.map((r) => r.value)).toEqual(Array.from({ length: 12 }, (_, i) => 299 - i));
    expect(toIsoDate(twelve?.[0]?.period ?? new Date(0))).toBe("2024-12-01");

    const three = (await loadScoringSnapshot(day("2025-12-31"), { readingsPerKpi: 3 })).readings.get(kpi.id);
    expect(three?.map((r) => r.value)).toEqual([299, 298, 297]);
    await expect(loadScoringSnapshot(day("2025-12-31"), { readingsPerKpi: 0 })).rejects.toThrow(RangeError);
  });
});

describe("loadScoringSnapshot: definitions, links and demand", () => {
  it("derives orientation from the process kind of the step (supply) or of the capability's process", async () => {
    const exploreStep = await makeProcessStep("explore");
    const exploitStep = await makeProcessStep("exploit");
    const capability = await makeCapability(exploitStep.processId);
    const orphanCapability = await makeCapability();
    const owner = await makeUser({ role: "process_owner" });
    const supply = await makeKpiWith({ processStepId: exploreStep.id, ownerId: owner.id });
    const capabilityKpi = await makeKpiWith({ layer: "capability", capabilityId: capability.id });
    const orphan = await makeKpiWith({ layer: "capability", capabilityId: orphanCapability.id });
    const demand = await makeKpi({ layer: "demand" });

    const byId = new Map((await loadScoringSnapshot(day("2025-06-30"))).kpis.map((kpi) => [kpi.id, kpi]));
    expect(byId.get(supply.id)).toMatchObject({ orientation: "explore", ownerName: owner.name, layer: "supply", frequency: "monthly" });
    expect(byId.get(capabilityKpi.id)?.orientation).toBe("exploit");
    expect(byId.get(orphan.id)?.orientation).toBeNull();
    expect(byId.get(demand.id)).toMatchObject({ orientation: null, businessPriorityId: demand.businessPriorityId });
  });

  it("keeps only links between live KPIs", async () => {
    const demand = await makeKpi({ layer: "demand" });
    const supply = await makeKpi();
    const archived = await makeKpiWith({ archivedAt: at("2025-01-01T00:00:00Z") });
    await makeKpiLink(supply.id, demand.id, 2);
    await makeKpiLink(archived.id, demand.id);

    const links = (await loadScoringSnapshot(day("2025-06-30"))).links.filter((link) => link.supportedId === demand.id);
    expect(links).toEqual([{ supportingId: supply.id, supportedId: demand.id, weight: 2 }]);
  });

  it("gives each function the demand profile in force on the as-of date", async () => {
    const fn = await makeBusinessFunction();
    await makeDemandProfile(fn.id, day("2025-01-01"), { controlFlexibility: 20, targetExploreShare: 10 });
    await makeDemandProfile(fn.id, day("2025-07-01"), { controlFlexibility: 80, targetExploreShare: 40 });
    const profileOn = async (asOf: string) => (await loadScoringSnapshot(day(asOf))).functions.find((f) => f.id === fn.id);

    expect(await profileOn("2024-12-31")).toEqual({ id: fn.id, code: fn.code, name: fn.name, controlFlexibility: null, targetExploreShare: null });
    expect(await profileOn("2025-01-01")).toMatchObject({ controlFlexibility: 20, targetExploreShare: 10 });
    expect(await profileOn("2025-06-30")).toMatchObject({ controlFlexibility: 20, targetExploreShare: 10 });
    expect(await profileOn("2025-07-01")).toMatchObject({ controlFlexibility: 80, targetExploreShare: 40 });
  });
});

describe("getKpiDetail", () => {
  it("returns the definition, where it sits, its links both ways and every reading version", async () => {
    const step = await makeProcessStep("exploit");
    const fn = await makeBusinessFunction();
    const supply = await makeKpiWith({ processStepId: step.id, businessFunctionId: fn.id, description: "Why it matters" });
    const demand = await makeKpi({ layer: "demand" });
    const capability = await makeKpi({ layer: "capability" });
    await makeKpiLink(supply.id, demand.id, 3);
    await makeKpiLink(capability.id, supply.id);
    await makeReading(supply.id, "2025-01-01", 90, { enteredAt: at("2025-02-01T00:00:00Z") });
    await makeReading(supply.id, "2025-01-01", 92, { version: 2, enteredAt: at("2025-02-05T00:00:00Z") });
    await makeReading(supply.id, "2025-02-01", 94, { enteredAt: at("2025-03-01T00:00:00Z") });

    const detail = await getKpiDetail(supply.code);
    expect(detail).toMatchObject({
      code: supply.code,
      description: "Why it matters",
      orientation: "exploit",
      businessFunction: { code: fn.code, name: fn.name },
      businessPriority: null,
      processStep: { name: "Step one", position: 1, process: { code: step.process.code, kind: "exploit" } },
      capability: null,
      supports: [{ code: demand.code, name: demand.name, layer: "demand", weight: 3 }],
      supportedBy: [{ code: capability.code, layer: "capability", weight: 1 }],
    });
    expect(detail?.owner.email).toMatch(/@test\.example$/);
    expect(detail?.history.map((r) => [toIsoDate(r.period), r.version, r.value, r.reason])).toEqual([
      ["2025-02-01", 1, 94, null],
      ["2025-01-01", 2, 92, "correction"],
      ["2025-01-01", 1, 90, null],
    ]);
    expect(detail).not.toHaveProperty("readings");
  });

  it("is null for an unknown or archived code", async () => {
    const archived = await makeKpiWith({ archivedAt: at("2025-01-01T00:00:00Z") });
    expect(await getKpiDetail(archived.code)).toBeNull();
    expect(await getKpiDetail("NO-SUCH-KPI")).toBeNull();
    expect(await getKpiDetail("K\u0000")).toBeNull();
  });
});

describe("loadScoringSnapshot: a KPI archived later", () => {
  it("still counts in views as of days before it was archived, but not from that day on", async () => {
    const kpi = await makeKpi();
    await db().reading.create({
      data: { kpiId: kpi.id, period: day("2026-01-01"), value: 93, source: "manual", enteredById: kpi.ownerId, enteredAt: at("2026-01-05T09:00:00Z") },
    });
    await db().kpi.update({ where: { id: kpi.id }, data: { archivedAt: at("2026-06-10T12:00:00Z") } });

    const before = await loadScoringSnapshot(day("2026-06-09"));
    expect(before.kpis.map((k) => k.code)).toContain(kpi.code);
    expect(periodsAndValues(before.readings.get(kpi.id))).toEqual([["2026-01-01", 93]]);

    const onTheDay = await loadScoringSnapshot(day("2026-06-10"));
    expect(onTheDay.kpis.map((k) => k.code)).not.toContain(kpi.code);
    expect(onTheDay.readings.has(kpi.id)).toBe(false);
    expect(onTheDay.asOf.toISOString()).toBe("2026-06-10T00:00:00.000Z");
  });
});
