// Creating, editing, archiving and restoring KPIs with a real database: every field by code,
// refusals naming the field, a stale version a conflict, and each change kept with who and why.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { GET as getDefinitions } from "@/app/api/v1/kpis/[code]/definitions/route";
import { PATCH as patchKpi } from "@/app/api/v1/kpis/[code]/route";
import { GET as listKpis, POST as postKpi } from "@/app/api/v1/kpis/route";
import { db } from "@/lib/db/client";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { utcDay } from "@/lib/domain/periods";
import { kpiDefinitionJsonSchema, kpiDefinitionsResponseSchema } from "@/lib/schemas/kpi";
import { problemSchema } from "@/lib/schemas/problem-document";
import { kpiListResponseSchema } from "@/lib/schemas/reading-api";
import { createKpi, updateKpi } from "@/lib/services/kpi-definitions";
import { makeApiToken, makeBusinessFunction, makeCapability, makePriority, makeProcessStep, makeReading, makeUser, newCode } from "../factories";
import { outcome, refusalOf, valueOf } from "./results";

type Actor = Awaited<ReturnType<typeof makeUser>>;
let executive: Actor;
let owner: Actor;
let priorityCode: string;

beforeAll(async () => {
  executive = await makeUser({ role: "executive" });
  owner = await makeUser({ role: "process_owner" });
  priorityCode = (await makePriority()).code;
});

const demand = (overrides: Record<string, unknown> = {}) => ({
  code: newCode("D"),
  name: "IT cost as a share of revenue",
  layer: "demand",
  scorecard: "strategic",
  unit: "%",
  direction: "lower",
  target: 4,
  redFlag: 5,
  frequency: "quarterly",
  indicatorType: "lagging",
  ownerEmail: owner.email,
  businessPriority: priorityCode,
  ...overrides,
});
const pathsOf = (refusal: ReturnType<typeof refusalOf>) => (refusal.kind === "invalid" ? refusal.errors.map((error) => error.path) : refusal.kind);

describe("createKpi", () => {
  it("creates a KPI with every field by code, audited, and scored from then on", async () => {
    const fn = await makeBusinessFunction();
    const created = valueOf(await createKpi(executive, demand({ businessFunction: fn.code, weight: 2, description: "Board mandate." })));
    expect(created).toMatchObject({
      layer: "demand",
      ownerEmail: owner.email,
      businessFunction: fn.code,
      businessPriority: priorityCode,
      weight: 2,
      archived: false,
      version: 1,
    });
    expect((await db().auditEvent.findFirst({ where: { action: "kpi.create", entityId: created.code } }))?.actorId).toBe(executive.id);
    expect((await loadScoringSnapshot(utcDay(new Date()))).kpis.some((kpi) => kpi.code === created.code)).toBe(true);
  });

  it("maps a supply KPI to a process step and a capability KPI to a capability, by code", async () => {
    const step = await makeProcessStep("exploit");
    const supply = valueOf(
      await createKpi(executive, demand({ layer: "supply", scorecard: "operational", businessPriority: null, processStep: `${step.process.code}#1` })),
    );
    expect(supply.processStep).toBe(`${step.process.code}#1`);
    const capability = await makeCapability();
    const maturity = valueOf(
      await createKpi(
        executive,
        demand({ layer: "capability", unit: "level (1–5)", direction: "higher", target: 4, redFlag: 2, businessPriority: null, capability: capability.code }),
      ),
    );
    expect(maturity.capability).toBe(capability.code);
  });

  it("lets anyone who may enter readings own a KPI, the CTO and board members too, but not a viewer", async () => {
    const viewer = await makeUser({ role: "viewer" });
    expect(refusalOf(await createKpi(executive, demand({ ownerEmail: viewer.email })))).toMatchObject({
      errors: [{ path: "ownerEmail", message: expect.stringMatching(/Viewer\) may not enter readings/) }],
    });
    const board = await makeUser({ role: "board_member" });
    expect(valueOf(await createKpi(executive, demand({ ownerEmail: board.email }))).ownerEmail).toBe(board.email);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a demand KPI without a priority", { businessPriority: null }, ["businessPriority"]],
    ["a target on the wrong side of the red flag", { target: 6 }, ["redFlag"]],
    ["a band whose low is above its high", { direction: "band", bandLow: 9, bandHigh: 3, bandTolerance: 1 }, ["bandHigh"]],
    ["a percentage target outside 0–100", { direction: "higher", target: 140, redFlag: 90 }, ["target"]],
    ["an owner who is not a user", { ownerEmail: "nobody@test.example" }, ["ownerEmail"]],
    ["an unknown priority", { businessPriority: "NO-SUCH-PRI" }, ["businessPriority"]],
    ["a step of an unknown process", { layer: "supply", businessPriority: null, processStep: "NOPE#1" }, ["processStep"]],
    ["a capability on a demand KPI", { capability: "NO-SUCH-CAP" }, ["capability"]],
    ["a reference that cannot be a code", { businessFunction: "SAL\u0000" }, ["businessFunction"]],
  ])("refuses %s, naming the field, and writes nothing", async (_, overrides, paths) => {
    const input = demand(overrides);
    expect(pathsOf(refusalOf(await createKpi(executive, input)))).toEqual(paths);
    expect(await db().kpi.count({ where: { code: String(input.code) } })).toBe(0);
  });

  it("refuses a taken code with a conflict, and roles without kpi:manage", async () => {
    const created = valueOf(await createKpi(executive, demand()));
    expect(refusalOf(await createKpi(executive, demand({ code: created.code })))).toMatchObject({
      kind: "conflict",
      message: expect.stringContaining(created.code),
    });
    for (const role of ["process_owner", "board_member", "viewer"] as const) {
      expect(outcome(await createKpi(await makeUser({ role }), demand()))).toBe("forbidden");
    }
  });
});

describe("updateKpi", () => {
  it("changes fields at a version, clears thresholds a new direction does not use, and keeps why", async () => {
    const created = valueOf(await createKpi(executive, demand()));
    const band = valueOf(
      await updateKpi(executive, created.code, {
        version: 1,
        direction: "band",
        bandLow: 3,
        bandHigh: 5,
        bandTolerance: 0.5,
        reason: "Cost must not fall below 3 %.",
      }),
    );
    expect(band).toMatchObject({ direction: "band", target: null, redFlag: null, bandLow: 3, version: 2 });
    const audit = await db().auditEvent.findFirst({ where: { action: "kpi.update", entityId: created.code } });
    expect(audit).toMatchObject({
      actorId: executive.id,
      before: { direction: "lower", target: 4 },
      after: { direction: "band", reason: "Cost must not fall below 3 %." },
    });
  });

  it("refuses a stale version, a different layer, and a change that breaks a rule", async () => {
    const created = valueOf(await createKpi(executive, demand()));
    valueOf(await updateKpi(executive, created.code, { version: 1, name: "Renamed" }));
    expect(refusalOf(await updateKpi(executive, created.code, { version: 1, name: "Stale" }))).toMatchObject({ kind: "conflict" });
    expect(pathsOf(refusalOf(await updateKpi(executive, created.code, { version: 2, layer: "supply" })))).toEqual(["layer"]);
    expect(pathsOf(refusalOf(await updateKpi(executive, created.code, { version: 2, redFlag: 3 })))).toEqual(["redFlag"]);
    expect(pathsOf(refusalOf(await updateKpi(executive, created.code, { version: 2, reason: "nothing" })))).toEqual(["body"]);
    expect(valueOf(await updateKpi(executive, created.code, { version: 2, name: "Renamed", target: 4 }))).toMatchObject({ version: 2 });
    expect(await db().auditEvent.count({ where: { action: "kpi.update", entityId: created.code } })).toBe(1);
    expect(outcome(await updateKpi(executive, "NO-SUCH-KPI", { version: 1, name: "x" }))).toBe("not-found");
  });

  it("archives a KPI with readings (its history stays) and restores it", async () => {
    const created = valueOf(await createKpi(executive, demand()));
    const row = await db().kpi.findUniqueOrThrow({ where: { code: created.code } });
    await makeReading(row.id, "2026-01-01", 4.2);
    const archived = valueOf(await updateKpi(executive, created.code, { version: 1, archived: true, reason: "Replaced by a new cost KPI." }));
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect(await db().reading.count({ where: { kpiId: row.id } })).toBe(1);
    expect((await loadScoringSnapshot(utcDay(new Date()))).kpis.some((kpi) => kpi.code === created.code)).toBe(false);
    expect(valueOf(await updateKpi(executive, created.code, { version: 2, archived: false }))).toMatchObject({ archived: false, version: 3 });
    expect(pathsOf(refusalOf(await updateKpi(executive, created.code, { version: 3, archived: false })))).toEqual(["archived"]);
    const actions = await db().auditEvent.findMany({ where: { entityType: "Kpi", entityId: created.code }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["kpi.create", "kpi.archive", "kpi.restore"]);
  });
});

describe("archiving a KPI whose owner has left", () => {
  it("needs no valid definition: the owner's account may be deactivated", async () => {
    const leaving = await makeUser({ role: "process_owner" });
    const created = valueOf(await createKpi(executive, demand({ ownerEmail: leaving.email })));
    await db().user.update({ where: { id: leaving.id }, data: { active: false } });
    expect(pathsOf(refusalOf(await updateKpi(executive, created.code, { version: 1, name: "Renamed" })))).toEqual(["ownerEmail"]);
    expect(valueOf(await updateKpi(executive, created.code, { version: 1, archived: true }))).toMatchObject({ archived: true, ownerEmail: leaving.email });
  });
});

describe("the KPI definitions API", () => {
  const call = (method: string, path: string, token: string, body?: unknown) =>
    new NextRequest(`http://localhost${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("creates (201), lists with every field, edits (409 when stale) and shows the history of changes", async () => {
    const token = await makeApiToken(executive.id);
    const viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
    const input = demand();
    const code = String(input.code);
    const created = await postKpi(call("POST", "/api/v1/kpis", token, input), { params: Promise.resolve({}) });
    expect(created.status).toBe(201);
    expect(z.object({ kpi: kpiDefinitionJsonSchema }).parse(await created.json()).kpi.code).toBe(code);
    const refused = await postKpi(call("POST", "/api/v1/kpis", token, { ...input, code: newCode("D"), businessPriority: null }), {
      params: Promise.resolve({}),
    });
    expect(refused.status).toBe(422);
    expect(problemSchema.parse(await refused.json()).errors?.map((error) => error.path)).toEqual(["businessPriority"]);
    expect((await postKpi(call("POST", "/api/v1/kpis", viewer, input), { params: Promise.resolve({}) })).status).toBe(403);

    const listed = kpiListResponseSchema.parse(
      await (await listKpis(call("GET", `/api/v1/kpis?owner=${owner.email}&limit=500`, viewer), { params: Promise.resolve({}) })).json(),
    );
    expect(listed.kpis.find((kpi) => kpi.code === code)).toMatchObject({ businessPriority: priorityCode, indicatorType: "lagging", weight: 1, version: 1 });

    const at = { params: Promise.resolve({ code }) };
    expect(
      (await patchKpi(call("PATCH", `/api/v1/kpis/${code}`, token, { version: 1, target: 3.5, reason: "Tighter after the cost review." }), at)).status,
    ).toBe(200);
    expect((await patchKpi(call("PATCH", `/api/v1/kpis/${code}`, token, { version: 1, target: 3 }), at)).status).toBe(409);

    const history = kpiDefinitionsResponseSchema.parse(await (await getDefinitions(call("GET", `/api/v1/kpis/${code}/definitions`, token), at)).json());
    expect(history.current).toMatchObject({ target: 3.5, version: 2 });
    expect(
      history.changes.map(({ action, changedBy, reason, changed }) => ({ action, changedBy, reason, changed: action === "kpi.update" ? changed : [] })),
    ).toEqual([
      { action: "kpi.update", changedBy: executive.email, reason: "Tighter after the cost review.", changed: ["target"] },
      { action: "kpi.create", changedBy: executive.email, reason: null, changed: [] },
    ]);
    expect((await getDefinitions(call("GET", `/api/v1/kpis/${code}/definitions`, viewer), at)).status).toBe(403);
    expect((await getDefinitions(call("GET", "/api/v1/kpis/NOPE/definitions", token), { params: Promise.resolve({ code: "NOPE" }) })).status).toBe(404);
  });
});
