// The demo organisation seed against real PostgreSQL: each scenario gets its own fresh,
// migrated database so seeding can be observed from empty, and drops it afterwards.
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { isPeriodStart, lastCompletedPeriod, periodEnd, shiftPeriods } from "@/lib/domain/periods";
import type { Kpi } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrganisation } from "@/prisma/seed";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

const TODAY = new Date("2026-03-11T00:00:00Z");

/** Rows per table, straight from the catalogue so no table is forgotten. */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  // query_to_xml runs the per-table count inside one tagged query; format(%I) quotes the name.
  const rows = await db.$queryRaw<{ name: string; count: number }[]>`
    SELECT table_name AS name,
           (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text::int AS count
      FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`;
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

async function readingsChecksum(db: Db): Promise<string> {
  const rows = await db.reading.findMany({
    select: { kpi: { select: { code: true } }, period: true, version: true, value: true, source: true, enteredAt: true },
  });
  const lines = rows.map((r) => [r.kpi.code, r.period.toISOString(), r.version, r.value, r.source, r.enteredAt.toISOString()].join("|")).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

type Rag = "green" | "amber" | "red";

function rag(kpi: Kpi, value: number): Rag {
  if (kpi.direction === "band") {
    const [low, high, tolerance] = [kpi.bandLow ?? 0, kpi.bandHigh ?? 0, kpi.bandTolerance ?? 0];
    if (value >= low && value <= high) return "green";
    return value < low - tolerance || value > high + tolerance ? "red" : "amber";
  }
  const better = kpi.direction === "higher" ? 1 : -1;
  if (better * (value - (kpi.target ?? 0)) >= 0) return "green";
  return better * (value - (kpi.redFlag ?? 0)) < 0 ? "red" : "amber";
}

describe("seeding the demo organisation", () => {
  it("is idempotent: a second run adds nothing and changes nothing", async () => {
    const { db, drop } = await freshDatabase("seed");
    try {
      const first = await seedDemoOrganisation(db, { today: TODAY });
      expect(first.today).toBe("2026-03-11");
      expect(first.created.readings).toBeGreaterThan(800);
      expect(first.durationMs).toBeLessThan(10_000);
      const countsBefore = await rowCounts(db);
      const checksumBefore = await readingsChecksum(db);

      const second = await seedDemoOrganisation(db, { today: TODAY });
      expect(Object.values(second.created).every((count) => count === 0)).toBe(true);
      expect(await rowCounts(db)).toEqual(countsBefore);
      expect(await readingsChecksum(db)).toBe(checksumBefore);
    } finally {
      await drop();
    }
  });

  it("is deterministic: two fresh databases seeded with the same today hold identical readings", async () => {
    const [a, b] = await Promise.all([freshDatabase("seed"), freshDatabase("seed")]);
    try {
      await seedDemoOrganisation(a.db, { today: TODAY });
      await seedDemoOrganisation(b.db, { today: TODAY });
      expect(await readingsChecksum(a.db)).toBe(await readingsChecksum(b.db));
      expect(await rowCounts(a.db)).toEqual(await rowCounts(b.db));
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});

describe("the seeded demo organisation", () => {
  let fresh: FreshDatabase;
  let db: Db;
  beforeAll(async () => {
    fresh = await freshDatabase("seed");
    db = fresh.db;
    await seedDemoOrganisation(db, { today: TODAY });
  });
  afterAll(() => fresh.drop());

  async function latestValues(): Promise<Map<string, { kpi: Kpi; value: number; period: Date }>> {
    const kpis = await db.kpi.findMany({ include: { readings: { orderBy: [{ period: "desc" }, { version: "desc" }], take: 1 } } });
    return new Map(
      kpis.flatMap(({ readings, ...kpi }) => (readings[0] ? [[kpi.code, { kpi, value: readings[0].value, period: readings[0].period }] as const] : [])),
    );
  }

  it("has the demo users with their roles and the demo password", async () => {
    const users = await db.user.findMany();
    const byEmail = (x: { email: string }, y: { email: string }) => (x.email < y.email ? -1 : x.email > y.email ? 1 : 0);
    expect(users.sort(byEmail).map((u) => [u.email, u.role])).toEqual([...DEMO_USERS].sort(byEmail).map((u) => [u.email, u.role]));
    const cto = users.find((u) => u.email === "cto@example.com");
    expect(cto && (await bcrypt.compare(DEMO_PASSWORD, cto.passwordHash))).toBe(true);
  });

  it("has about forty KPIs across all three layers and scorecards, demand KPIs anchored in priorities", async () => {
    const kpis = await db.kpi.findMany();
    expect(kpis.length).toBeGreaterThanOrEqual(36);
    expect(kpis.length).toBeLessThanOrEqual(44);
    const byLayer = (layer: Kpi["layer"]) => kpis.filter((k) => k.layer === layer);
    expect(byLayer("demand").length).toBeGreaterThanOrEqual(10);
    expect(byLayer("supply").length).toBeGreaterThanOrEqual(14);
    expect(byLayer("capability").length).toBeGreaterThanOrEqual(10);
    expect(new Set(kpis.map((k) => k.scorecard))).toEqual(new Set(["strategic", "development", "operational"]));
    expect(byLayer("demand").every((k) => k.businessPriorityId !== null)).toBe(true);
    expect(byLayer("supply").every((k) => k.processStepId !== null)).toBe(true);
    expect(byLayer("capability").every((k) => k.capabilityId !== null)).toBe(true);
    expect(kpis.filter((k) => k.direction === "band").length).toBeGreaterThanOrEqual(2);
    expect(new Set(kpis.map((k) => k.frequency))).toEqual(new Set(["weekly", "monthly", "quarterly"]));
  });

  it("links capability → supply → demand, every demand KPI supported by supply", async () => {
    const links = await db.kpiLink.findMany({ include: { supporting: true, supported: true } });
    for (const link of links) {
      const pair = `${link.supporting.layer}→${link.supported.layer}`;
      expect(["capability→supply", "supply→demand"]).toContain(pair);
    }
    const demand = await db.kpi.findMany({ where: { layer: "demand" }, include: { supportedBy: true } });
    expect(demand.every((k) => k.supportedBy.length > 0)).toBe(true);
  });

  it("gives the CTO the demand KPIs and the two process owners disjoint, non-empty KPIs and processes", async () => {
    const owned = async (email: string) => {
      const user = await db.user.findUniqueOrThrow({ where: { email }, include: { ownedKpis: true, ownedProcesses: true } });
      return { kpis: user.ownedKpis.map((k) => k.code), processes: user.ownedProcesses.map((p) => p.code), layers: user.ownedKpis.map((k) => k.layer) };
    };
    const [cto, owner, owner2] = await Promise.all([owned("cto@example.com"), owned("owner@example.com"), owned("owner2@example.com")]);
    expect(await db.kpi.count({ where: { layer: "demand", owner: { email: { not: "cto@example.com" } } } })).toBe(0);
    expect(cto.layers).toContain("demand");
    for (const set of [owner.kpis, owner2.kpis, owner.processes, owner2.processes]) expect(set.length).toBeGreaterThan(0);
    expect(owner.kpis.filter((code) => owner2.kpis.includes(code))).toEqual([]);
    expect(owner.processes.filter((code) => owner2.processes.includes(code))).toEqual([]);
  });

  it("has readings on period starts up to the last completed period, entered after each period", async () => {
    const readings = await db.reading.findMany({ include: { kpi: true } });
    for (const r of readings) {
      expect(isPeriodStart(r.period, r.kpi.frequency)).toBe(true);
      expect(r.period.getTime()).toBeLessThanOrEqual(lastCompletedPeriod(TODAY, r.kpi.frequency).getTime());
      expect(r.enteredAt.getTime()).toBeGreaterThan(periodEnd(r.period, r.kpi.frequency).getTime());
      expect(r.enteredAt.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    }
    const sources = new Set(readings.map((r) => r.source));
    expect(sources).toEqual(new Set(["manual", "import", "api"]));
    expect(readings.filter((r) => r.source === "manual").length).toBeGreaterThan(readings.length / 2);
  });

  it("has a few corrections: version 2 with a reason, entered after version 1", async () => {
    const corrections = await db.reading.findMany({ where: { version: 2 } });
    expect(corrections.length).toBeGreaterThanOrEqual(3);
    for (const c of corrections) {
      expect(c.reason?.trim()).toBeTruthy();
      const original = await db.reading.findUniqueOrThrow({ where: { kpiId_period_version: { kpiId: c.kpiId, period: c.period, version: 1 } } });
      expect(c.enteredAt.getTime()).toBeGreaterThan(original.enteredAt.getTime());
    }
  });

  it("shows red, amber and stale KPIs, mostly green, and a fully red drill-down chain", async () => {
    const latest = await latestValues();
    const status = new Map([...latest].map(([code, { kpi, value }]) => [code, rag(kpi, value)]));
    const count = (s: Rag) => [...status.values()].filter((v) => v === s).length;
    expect(count("red")).toBeGreaterThanOrEqual(3);
    expect(count("amber")).toBeGreaterThanOrEqual(3);
    expect(count("green")).toBeGreaterThan(latest.size / 2);

    const stale = [...latest.values()].filter(({ kpi, period }) => period < shiftPeriods(lastCompletedPeriod(TODAY, kpi.frequency), kpi.frequency, -1));
    expect(stale.length).toBeGreaterThanOrEqual(2);

    const links = await db.kpiLink.findMany({ include: { supporting: true, supported: true } });
    const redSupporters = (code: string) =>
      links.filter((l) => l.supported.code === code && status.get(l.supporting.code) === "red").map((l) => l.supporting.code);
    const chains = [...latest.values()]
      .filter(({ kpi }) => kpi.layer === "demand" && status.get(kpi.code) === "red")
      .flatMap(({ kpi }) => redSupporters(kpi.code).flatMap((supply) => redSupporters(supply).map((capability) => [kpi.code, supply, capability])));
    expect(chains.length).toBeGreaterThan(0);
  });

  it("has initiatives in every state, decided by the board, with a capability trap and a clear success", async () => {
    const initiatives = await db.initiative.findMany({ include: { decisions: true, kpis: { include: { kpi: true } } } });
    expect(initiatives.length).toBeGreaterThanOrEqual(12);
    expect(new Set(initiatives.map((i) => i.status))).toEqual(new Set(["proposed", "triaged", "approved", "in_progress", "done", "rejected", "deferred"]));
    for (const i of initiatives) {
      if (i.status !== "proposed") expect(i.decisions.some((d) => d.toStatus === i.status)).toBe(true);
      if (["approved", "in_progress", "done"].includes(i.status)) expect(i.rootCause).toBeTruthy();
      expect(i.kpis.length).toBeGreaterThan(0);
    }
    const latest = await latestValues();
    const moved = (link: (typeof initiatives)[number]["kpis"][number]) => {
      const now = latest.get(link.kpi.code)?.value ?? Number.NaN;
      return (link.kpi.direction === "lower" ? -1 : 1) * (now - (link.baselineValue ?? now));
    };
    const sixMonthsAgo = shiftPeriods(TODAY, "monthly", -6);
    const trap = initiatives.filter(
      (i) => i.status === "in_progress" && i.startedAt && i.startedAt < sixMonthsAgo && i.kpis.every((k) => moved(k) <= k.expectedImprovement * 0.1),
    );
    expect(trap.length).toBeGreaterThan(0);
    const success = initiatives.filter((i) => i.status === "done" && i.kpis.some((k) => moved(k) >= k.expectedImprovement * 0.5));
    expect(success.length).toBeGreaterThan(0);
  });

  it("has demand profile history per function, board capacity and coordination mechanisms", async () => {
    const functions = await db.businessFunction.findMany({ include: { profiles: { orderBy: { effectiveFrom: "asc" } } } });
    for (const fn of functions) expect(fn.profiles.length).toBeGreaterThanOrEqual(2);
    const accounting = functions.find((f) => f.code === "ACC");
    const sales = functions.find((f) => f.code === "SAL");
    expect(accounting?.profiles.every((p) => p.controlFlexibility <= 20 && p.availabilityNeed === "critical")).toBe(true);
    expect(sales?.profiles.at(-1)?.controlFlexibility).toBeGreaterThanOrEqual(75);
    expect(await db.businessPriority.count({ where: { title: { contains: "capital ratio" }, businessFunctionId: null } })).toBe(1);
    expect(await db.boardCapacity.count()).toBe(2);
    const kinds = new Set((await db.coordinationMechanism.findMany()).map((m) => m.kind));
    expect(kinds.size).toBe(5);
  });
});
