// Setting up and keeping the organisation current with a real database: value chains, business
// functions and business priorities are created by code, edited at a version (a stale one is a
// conflict and writes nothing), audited in the same transaction, and a priority's window changes
// today and the future but never a past day's scorecard.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { buildScorecard, heatMap } from "@/lib/domain/scoring";
import { createBusinessFunctionFor, updateBusinessFunction } from "@/lib/services/business-functions";
import { createPriorityFor, updatePriority } from "@/lib/services/priorities";
import { createValueChainFor, updateValueChain } from "@/lib/services/value-chains";
import { makeKpiWith, makeReading, makeUser, newCode } from "../factories";
import { outcome, refusalOf, valueOf } from "./results";

const today = utcDay(new Date());
const day = (offset: number) => toIsoDate(addDays(today, offset));
type Actor = Awaited<ReturnType<typeof makeUser>>;
let executive: Actor;

beforeAll(async () => {
  executive = await makeUser({ role: "executive" });
});

const lastAudit = (action: string, entityId: string) => db().auditEvent.findFirst({ where: { action, entityId }, orderBy: { id: "desc" } });
const pathsOf = (refusal: ReturnType<typeof refusalOf>) => (refusal.kind === "invalid" ? refusal.errors.map((error) => error.path) : refusal.kind);

async function chain() {
  return valueOf(await createValueChainFor(executive, { code: newCode("VC"), name: "Retail banking" }));
}

describe("value chains", () => {
  it("are created, renamed and described at a version, each change audited with who and what it was", async () => {
    const created = await chain();
    expect(created).toMatchObject({ name: "Retail banking", description: "", version: 1, businessFunctions: [] });
    expect((await lastAudit("value-chain.create", created.code))?.actorId).toBe(executive.id);

    const renamed = valueOf(await updateValueChain(executive, created.code, { version: 1, name: "Retail & SME banking", description: "Branches and online." }));
    expect(renamed).toMatchObject({ name: "Retail & SME banking", description: "Branches and online.", version: 2 });
    expect(await lastAudit("value-chain.update", created.code)).toMatchObject({
      actorId: executive.id,
      before: { name: "Retail banking", version: 1 },
      after: { name: "Retail & SME banking", version: 2 },
    });
  });

  it("refuse a stale version as a conflict and write nothing", async () => {
    const created = await chain();
    valueOf(await updateValueChain(executive, created.code, { version: 1, name: "First edit" }));
    expect(refusalOf(await updateValueChain(executive, created.code, { version: 1, name: "Second edit" }))).toMatchObject({
      kind: "conflict",
      message: expect.stringMatching(/changed by someone else/),
    });
    expect((await db().valueChain.findUniqueOrThrow({ where: { code: created.code } })).name).toBe("First edit");
  });

  it("let one of two simultaneous edits at the same version win", async () => {
    const created = await chain();
    const results = await Promise.all(["A", "B"].map((name) => updateValueChain(executive, created.code, { version: 1, name })));
    expect(results.map(outcome).sort()).toEqual(["conflict", "ok"]);
    expect((await db().valueChain.findUniqueOrThrow({ where: { code: created.code } })).version).toBe(2);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a lower-case code", { code: "retail", name: "Retail" }, ["code"]],
    ["a missing name", { code: "RETAIL-X" }, ["name"]],
    ["a blank name", { code: "RETAIL-X", name: "   " }, ["name"]],
    ["an unknown field", { code: "RETAIL-X", name: "Retail", owner: "me" }, ["owner"]],
  ])("refuse %s, naming the field", async (_, input, paths) => {
    expect(pathsOf(refusalOf(await createValueChainFor(executive, input)))).toEqual(paths);
  });

  it("refuse a taken code, an unknown chain, an empty change and roles without function:manage", async () => {
    const created = await chain();
    expect(refusalOf(await createValueChainFor(executive, { code: created.code, name: "Again" }))).toMatchObject({
      kind: "conflict",
      message: expect.stringContaining(created.code),
    });
    expect(outcome(await updateValueChain(executive, "NO-SUCH-CHAIN", { version: 1, name: "x" }))).toBe("not-found");
    expect(pathsOf(refusalOf(await updateValueChain(executive, created.code, { version: 1 })))).toEqual(["body"]);
    for (const role of ["process_owner", "board_member", "viewer"] as const) {
      expect(outcome(await createValueChainFor(await makeUser({ role }), { code: newCode("VC"), name: "x" }))).toBe("forbidden");
    }
    expect(outcome(await createValueChainFor(await makeUser({ role: "admin" }), { code: newCode("VC"), name: "By an admin" }))).toBe("ok");
  });
});

describe("business functions", () => {
  it("are created in a chain and moved to another, each chain listing them", async () => {
    const [from, to] = [await chain(), await chain()];
    const fn = valueOf(await createBusinessFunctionFor(executive, { code: newCode("FN"), name: "Cards", valueChain: from.code }));
    expect(fn).toMatchObject({ valueChain: from.code, version: 1, profileInForce: false, kpiCount: 0, priorityCount: 0 });

    const moved = valueOf(await updateBusinessFunction(executive, fn.code, { version: 1, valueChain: to.code, description: "Card issuing and acquiring." }));
    expect(moved).toMatchObject({ valueChain: to.code, description: "Card issuing and acquiring.", version: 2 });
    const chains = await db().valueChain.findMany({
      where: { code: { in: [from.code, to.code] } },
      select: { code: true, functions: { select: { code: true } } },
    });
    expect(Object.fromEntries(chains.map((c) => [c.code, c.functions.map((f) => f.code)]))).toEqual({ [from.code]: [], [to.code]: [fn.code] });
    expect(await lastAudit("business-function.update", fn.code)).toMatchObject({
      before: { valueChain: from.code },
      after: { valueChain: to.code, version: 2 },
    });
  });

  it("without a profile yet are scored neutrally rather than failing", async () => {
    const fn = valueOf(await createBusinessFunctionFor(executive, { code: newCode("FN"), name: "New function", valueChain: (await chain()).code }));
    const snapshot = await loadScoringSnapshot(today);
    const row = await db().businessFunction.findUniqueOrThrow({ where: { code: fn.code } });
    expect(snapshot.functions.find((f) => f.id === row.id)).toMatchObject({ controlFlexibility: null, targetExploreShare: null });
    // Its view holds only firm-wide KPIs (other tests add some) and it has a row on the heat map.
    const view = buildScorecard(snapshot, "strategic", row.id);
    expect(view.kpis.every((node) => node.kpi.businessFunctionId === null)).toBe(true);
    expect(heatMap(snapshot).find((cells) => cells.functionId === row.id)?.cells).toHaveLength(3);
  });

  it("refuse an unknown chain at valueChain, a taken code, and a stale version", async () => {
    const home = await chain();
    expect(refusalOf(await createBusinessFunctionFor(executive, { code: newCode("FN"), name: "x", valueChain: "NO-SUCH-CHAIN" }))).toMatchObject({
      errors: [{ path: "valueChain", message: expect.stringMatching(/no value chain NO-SUCH-CHAIN/) }],
    });
    const fn = valueOf(await createBusinessFunctionFor(executive, { code: newCode("FN"), name: "x", valueChain: home.code }));
    expect(outcome(await createBusinessFunctionFor(executive, { code: fn.code, name: "y", valueChain: home.code }))).toBe("conflict");
    expect(pathsOf(refusalOf(await updateBusinessFunction(executive, fn.code, { version: 1, valueChain: "bad code!" })))).toEqual(["valueChain"]);
    valueOf(await updateBusinessFunction(executive, fn.code, { version: 1, name: "Renamed" }));
    expect(outcome(await updateBusinessFunction(executive, fn.code, { version: 1, name: "Stale" }))).toBe("conflict");
    expect(outcome(await updateBusinessFunction(await makeUser({ role: "board_member" }), fn.code, { version: 2, name: "No" }))).toBe("forbidden");
  });
});

describe("business priorities", () => {
  const newPriority = (overrides: Record<string, unknown> = {}) => ({
    code: newCode("PRI"),
    title: "Cut the cost of change",
    weight: 0.2,
    startsOn: "2025-01-01",
    ...overrides,
  });

  it("are created firm-wide or for a function, and listed with their window", async () => {
    const firmWide = valueOf(await createPriorityFor(executive, newPriority()));
    expect(firmWide).toMatchObject({ businessFunction: null, startsOn: "2025-01-01", endsOn: null, inForce: true, kpiCount: 0, version: 1 });
    const fn = valueOf(await createBusinessFunctionFor(executive, { code: newCode("FN"), name: "Payments", valueChain: (await chain()).code }));
    const own = valueOf(await createPriorityFor(executive, newPriority({ businessFunction: fn.code, startsOn: day(10), endsOn: day(100) })));
    expect(own).toMatchObject({ businessFunction: fn.code, inForce: false, endsOn: day(100) });
    expect((await lastAudit("priority.create", own.code))?.after).toMatchObject({ businessFunction: fn.code, startsOn: day(10) });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["an end before the start", { startsOn: "2026-03-01", endsOn: "2026-02-01" }, ["endsOn"]],
    ["a zero weight", { weight: 0 }, ["weight"]],
    ["a weight as text", { weight: "high" }, ["weight"]],
    ["an impossible date", { startsOn: "2026-02-30" }, ["startsOn"]],
    ["a missing title", { title: "" }, ["title"]],
    ["an unknown function", { businessFunction: "NO-SUCH-FN" }, ["businessFunction"]],
  ])("refuse %s, naming the field", async (_, overrides, paths) => {
    expect(pathsOf(refusalOf(await createPriorityFor(executive, newPriority(overrides))))).toEqual(paths);
  });

  it("ended from today take their demand KPIs out of today's score while past scorecards read the same", async () => {
    const priority = valueOf(await createPriorityFor(executive, newPriority({ startsOn: day(-60) })));
    const row = await db().businessPriority.findUniqueOrThrow({ where: { code: priority.code } });
    const kpi = await makeKpiWith({ layer: "demand", businessPriorityId: row.id, scorecard: "strategic" });
    await makeReading(kpi.id, toIsoDate(addDays(today, -45)).slice(0, 8) + "01", 97);
    const placeOn = async (offset: number) => {
      const card = buildScorecard(await loadScoringSnapshot(addDays(today, offset)), "strategic");
      if (card.kpis.some((node) => node.kpi.code === kpi.code)) return "scored";
      return card.notAnchored.find((entry) => entry.node.kpi.code === kpi.code)?.anchor ?? "absent";
    };
    expect([await placeOn(-10), await placeOn(0)]).toEqual(["scored", "scored"]);

    const ended = valueOf(await updatePriority(executive, priority.code, { version: 1, endsOn: day(-1) }));
    expect(ended).toMatchObject({ endsOn: day(-1), inForce: false, kpiCount: 1, version: 2 });
    expect([await placeOn(-10), await placeOn(-1), await placeOn(0)]).toEqual(["scored", "scored", "ended"]);
    expect(await lastAudit("priority.update", priority.code)).toMatchObject({ before: { endsOn: null }, after: { endsOn: day(-1) } });
  });

  it("refuse a window change that would alter a past day, naming the field and the day", async () => {
    const running = valueOf(await createPriorityFor(executive, newPriority({ startsOn: day(-30) })));
    expect(refusalOf(await updatePriority(executive, running.code, { version: 1, startsOn: day(-20) }))).toMatchObject({
      errors: [{ path: "startsOn", message: expect.stringContaining(`in force since ${day(-30)}`) }],
    });
    expect(refusalOf(await updatePriority(executive, running.code, { version: 1, endsOn: day(-5) }))).toMatchObject({
      errors: [{ path: "endsOn", message: expect.stringContaining(`yesterday (${day(-1)})`) }],
    });
    const ended = valueOf(await createPriorityFor(executive, newPriority({ startsOn: day(-30), endsOn: day(-10) })));
    expect(pathsOf(refusalOf(await updatePriority(executive, ended.code, { version: 1, endsOn: null })))).toEqual(["endsOn"]);
    const future = valueOf(await createPriorityFor(executive, newPriority({ startsOn: day(30) })));
    expect(valueOf(await updatePriority(executive, future.code, { version: 1, startsOn: day(0), weight: 0.4, title: "Sooner" }))).toMatchObject({
      startsOn: day(0),
      inForce: true,
      weight: 0.4,
      title: "Sooner",
      version: 2,
    });
    expect(await db().businessPriority.count({ where: { code: running.code, version: 1 } })).toBe(1);
  });

  it("refuse a stale version, a taken code, an unknown priority and roles without priority:manage", async () => {
    const created = valueOf(await createPriorityFor(executive, newPriority()));
    expect(outcome(await createPriorityFor(executive, newPriority({ code: created.code })))).toBe("conflict");
    valueOf(await updatePriority(executive, created.code, { version: 1, weight: 0.3 }));
    expect(outcome(await updatePriority(executive, created.code, { version: 1, weight: 0.5 }))).toBe("conflict");
    expect(outcome(await updatePriority(executive, "NO-SUCH-PRI", { version: 1, weight: 0.5 }))).toBe("not-found");
    for (const role of ["process_owner", "board_member", "viewer"] as const) {
      expect(outcome(await updatePriority(await makeUser({ role }), created.code, { version: 2, weight: 0.5 }))).toBe("forbidden");
    }
  });
});
