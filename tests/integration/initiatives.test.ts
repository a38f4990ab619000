// The improvement backlog against a real database: who may take each lifecycle decision, what a
// decision records, baselines at approval, optimistic concurrency, proposing from a gap, and the
// HTTP API's answers to every kind of mistake.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as listRoute, POST as proposeRoute } from "@/app/api/v1/initiatives/route";
import { PATCH as patchRoute } from "@/app/api/v1/initiatives/[id]/route";
import { POST as decideRoute } from "@/app/api/v1/initiatives/[id]/decisions/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import type { Role } from "@/lib/auth/permissions";
import { currentCapacity } from "@/lib/db/board-capacity";
import { db } from "@/lib/db/client";
import { decisionsCsv, listDecisions } from "@/lib/db/initiative-decisions";
import { getInitiativeDetail, listBacklog } from "@/lib/db/initiatives";
import { decideInitiative } from "@/lib/services/board-decisions";
import { setCapacity as setQuarterCapacity } from "@/lib/services/capacity";
import { commentOnInitiative, proposeFromGap, proposeInitiative, updateInitiative as editInitiative } from "@/lib/services/initiatives";
import { outcome, valueOf } from "./results";
import { decisionCreatedResponseSchema, initiativeListResponseSchema } from "@/lib/schemas/initiative";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeBusinessFunction, makeInitiative, makeKpi, makeReading, makeUser } from "../factories";

type Status = "proposed" | "triaged" | "approved" | "in_progress" | "done" | "rejected" | "deferred";
type Actor = { id: number; role: Role };

const decision = (kind: string, version: number, extra: Record<string, unknown> = {}) => ({
  decision: kind,
  rationale: `Because ${kind}`,
  meetingDate: "2026-11-20",
  version,
  ...extra,
});

// Written out independently of lib/domain/backlog/lifecycle.ts, so a change there must show up here.
const MOVES: { from: Status; decision: string; to: Status; by: "board" | "runner" }[] = [
  { from: "proposed", decision: "triage", to: "triaged", by: "board" },
  { from: "proposed", decision: "reject", to: "rejected", by: "board" },
  { from: "proposed", decision: "defer", to: "deferred", by: "board" },
  { from: "triaged", decision: "approve", to: "approved", by: "board" },
  { from: "triaged", decision: "reject", to: "rejected", by: "board" },
  { from: "triaged", decision: "defer", to: "deferred", by: "board" },
  { from: "approved", decision: "start", to: "in_progress", by: "runner" },
  { from: "approved", decision: "defer", to: "deferred", by: "board" },
  { from: "in_progress", decision: "complete", to: "done", by: "runner" },
  { from: "in_progress", decision: "defer", to: "deferred", by: "board" },
  { from: "deferred", decision: "reopen", to: "triaged", by: "board" },
  { from: "rejected", decision: "reopen", to: "triaged", by: "board" },
];
const MAY: Record<"board" | "runner", Role[]> = { board: ["board_member", "executive"], runner: ["executive", "process_owner"] };
const ROLES: Role[] = ["admin", "executive", "process_owner", "board_member", "viewer"];

const actors = {} as Record<Role, Actor>;
// The use cases take the input as the API sends it; these keep each case's call short.
const updateInitiative = (actor: Actor, id: number, version: number, changes: Record<string, unknown>) => editInitiative(actor, id, { ...changes, version });
const addComment = (actor: Actor, id: number, body: string) => commentOnInitiative(actor, id, { body });
const setCapacity = (actor: Actor, quarterStart: string, personWeeks: number) => setQuarterCapacity(actor, { quarterStart, personWeeks });
beforeAll(async () => {
  for (const role of ROLES) actors[role] = await makeUser({ role });
});

describe("lifecycle permissions: each role × each move", () => {
  const cases = MOVES.flatMap((move) => ROLES.map((role) => ({ ...move, role, allowed: MAY[move.by].includes(role) })));
  it.each(cases)("$role $decision from $from: allowed=$allowed", async ({ role, from, decision: kind, to, allowed }) => {
    const actor = actors[role];
    // A process owner acts on an initiative it owns, so "own" scope is what is tested.
    const initiative = await makeInitiative({ status: from, ownerId: role === "process_owner" ? actor.id : undefined });
    const result = await decideInitiative(actor, initiative.id, decision(kind, 1));
    const after = await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } });
    if (allowed) {
      expect(outcome(result)).toBe("ok");
      expect(after).toMatchObject({ status: to, version: 2 });
    } else {
      expect(outcome(result)).toBe("forbidden");
      expect(after).toMatchObject({ status: from, version: 1 });
      expect(await db().boardDecision.count({ where: { initiativeId: initiative.id } })).toBe(0);
    }
  });

  it("a process owner may not start or complete someone else's initiative", async () => {
    const approved = await makeInitiative({ status: "approved" });
    expect(outcome(await decideInitiative(actors.process_owner, approved.id, decision("start", 1)))).toBe("forbidden");
    const running = await makeInitiative({ status: "in_progress" });
    expect(outcome(await decideInitiative(actors.process_owner, running.id, decision("complete", 1)))).toBe("forbidden");
  });

  it.each([
    ["proposed", "approve"],
    ["proposed", "start"],
    ["triaged", "complete"],
    ["done", "reopen"],
    ["done", "defer"],
    ["approved", "triage"],
  ] as const)("refuses %s → %s with a 422 naming the decision, nothing written", async (from, kind) => {
    const initiative = await makeInitiative({ status: from });
    const result = await decideInitiative(actors.executive, initiative.id, decision(kind, 1));
    expect(result).toMatchObject({ ok: false, refusal: { kind: "invalid", errors: [{ path: "decision" }] } });
    expect(await db().boardDecision.count({ where: { initiativeId: initiative.id } })).toBe(0);
  });
});

describe("board decisions", () => {
  it("records the decision with rationale, meeting date, who, from/to status, and an audit event, in the same write", async () => {
    const initiative = await makeInitiative();
    const result = await decideInitiative(actors.board_member, initiative.id, decision("triage", 1));
    if (!result.ok) throw new Error(result.refusal.kind);
    const stored = await db().boardDecision.findUniqueOrThrow({ where: { id: result.value.decision.id } });
    expect(stored).toMatchObject({
      decision: "triage",
      fromStatus: "proposed",
      toStatus: "triaged",
      rationale: "Because triage",
      decidedById: actors.board_member.id,
      rank: null,
    });
    expect(stored.meetingDate.toISOString().slice(0, 10)).toBe("2026-11-20");
    const audit = await db().auditEvent.findFirst({ where: { entityType: "Initiative", entityId: initiative.code, action: "initiative.triage" } });
    expect(audit?.actorId).toBe(actors.board_member.id);
  });

  it("ranks a triaged initiative as a decision of its own; rank needs the board and an open status", async () => {
    const initiative = await makeInitiative({ status: "triaged" });
    const ranked = await decideInitiative(actors.board_member, initiative.id, decision("rank", 1, { rank: 3 }));
    expect(ranked).toMatchObject({
      ok: true,
      value: { decision: { decision: "rank", rank: 3, fromStatus: null, toStatus: null }, initiative: { rank: 3, version: 2, status: "triaged" } },
    });
    expect(outcome(await decideInitiative(actors.process_owner, initiative.id, decision("rank", 2, { rank: 1 })))).toBe("forbidden");
    expect(await decideInitiative(actors.board_member, initiative.id, decision("rank", 2))).toMatchObject({
      ok: false,
      refusal: { kind: "invalid", errors: [{ path: "rank" }] },
    });
    const proposed = await makeInitiative();
    expect(outcome(await decideInitiative(actors.board_member, proposed.id, decision("rank", 1, { rank: 1 })))).toBe("invalid");
  });

  it("decisions are append-only in the database", async () => {
    const initiative = await makeInitiative();
    const result = await decideInitiative(actors.board_member, initiative.id, decision("triage", 1));
    if (!result.ok) throw new Error(result.refusal.kind);
    await expect(db().boardDecision.update({ where: { id: result.value.decision.id }, data: { rationale: "rewritten" } })).rejects.toThrow();
  });

  it("needs a root cause before approval (422 on rootCause, nothing written)", async () => {
    const initiative = await makeInitiative({ status: "triaged", rootCause: null });
    const result = await decideInitiative(actors.board_member, initiative.id, decision("approve", 1));
    expect(result).toMatchObject({ ok: false, refusal: { kind: "invalid", errors: [{ path: "rootCause" }] } });
    expect(await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ status: "triaged", version: 1 });
    expect(await db().boardDecision.count({ where: { initiativeId: initiative.id } })).toBe(0);
  });

  it("captures each linked KPI's current value as its baseline at approval", async () => {
    const kpi = await makeKpi();
    await makeReading(kpi.id, "2026-08-01", 80);
    const proposed = await proposeInitiative(actors.process_owner, {
      title: "T",
      problem: "P",
      methodology: "lean",
      stream: "exploit",
      effortWeeks: 3,
      kpis: [{ code: kpi.code, expectedImprovement: 5 }],
    });
    const created = valueOf(proposed);
    expect(created.kpis[0]).toMatchObject({ baselineValue: 80 });
    await makeReading(kpi.id, "2026-09-01", 84);
    await makeReading(kpi.id, "2026-09-01", 85, { version: 2 });
    const id = created.id;
    expect(outcome(await decideInitiative(actors.board_member, id, decision("triage", 1)))).toBe("ok");
    expect(outcome(await updateInitiative(actors.process_owner, id, 2, { rootCause: "Manual hand-offs" }))).toBe("ok");
    const approved = await decideInitiative(actors.board_member, id, decision("approve", 3));
    expect(approved).toMatchObject({ ok: true, value: { initiative: { status: "approved" } } });
    const link = await db().initiativeKpi.findFirstOrThrow({ where: { initiativeId: id } });
    expect(link.baselineValue).toBe(85);
    expect(link.baselinePeriod?.toISOString().slice(0, 10)).toBe("2026-09-01");
    const detail = await getInitiativeDetail(id);
    expect(detail?.decisions.map((d) => d.decision)).toEqual(["approve", "triage"]);
    expect(detail?.approvedAt).not.toBeNull();
  });
});

describe("optimistic concurrency", () => {
  it("two board members deciding at once: the second gets a conflict and nothing is written", async () => {
    const initiative = await makeInitiative();
    const second = await makeUser({ role: "board_member" });
    expect(outcome(await decideInitiative(actors.board_member, initiative.id, decision("triage", 1)))).toBe("ok");
    const stale = await decideInitiative(second, initiative.id, decision("reject", 1));
    expect(outcome(stale)).toBe("conflict");
    expect(await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ status: "triaged", version: 2 });
    expect(await db().boardDecision.count({ where: { initiativeId: initiative.id } })).toBe(1);
  });

  it("simultaneous decisions on the same version: exactly one wins", async () => {
    const initiative = await makeInitiative({ status: "triaged" });
    const other = await makeUser({ role: "board_member" });
    const results = await Promise.all([
      decideInitiative(actors.board_member, initiative.id, decision("rank", 1, { rank: 1 })),
      decideInitiative(other, initiative.id, decision("rank", 1, { rank: 2 })),
    ]);
    expect(results.map(outcome).sort()).toEqual(["conflict", "ok"]);
    expect(await db().boardDecision.count({ where: { initiativeId: initiative.id } })).toBe(1);
  });

  it("an edit with a stale version is refused and changes nothing", async () => {
    const initiative = await makeInitiative({ ownerId: actors.process_owner.id });
    expect(outcome(await updateInitiative(actors.process_owner, initiative.id, 1, { title: "First" }))).toBe("ok");
    expect(outcome(await updateInitiative(actors.executive, initiative.id, 1, { title: "Second" }))).toBe("conflict");
    expect(await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ title: "First", version: 2 });
  });
});

describe("editing", () => {
  it("board members may change only their judgements; viewers nothing; clearing an approved root cause is refused", async () => {
    const initiative = await makeInitiative({ status: "approved" });
    expect(await updateInitiative(actors.board_member, initiative.id, 1, { timeCriticality: 9 })).toMatchObject({ ok: true, value: { timeCriticality: 9 } });
    expect(outcome(await updateInitiative(actors.board_member, initiative.id, 2, { title: "x" }))).toBe("forbidden");
    expect(outcome(await updateInitiative(actors.viewer, initiative.id, 2, { riskReduction: 2 }))).toBe("forbidden");
    expect(await updateInitiative(actors.executive, initiative.id, 2, { rootCause: "" })).toMatchObject({
      ok: false,
      refusal: { kind: "invalid", errors: [{ path: "rootCause" }] },
    });
    expect(await updateInitiative(actors.executive, initiative.id, 2, { dmaicPhase: "measure" })).toMatchObject({
      ok: false,
      refusal: { kind: "invalid", errors: [{ path: "dmaicPhase" }] },
    });
    expect(await updateInitiative(actors.executive, initiative.id, 2, { effortWeeks: 0, timeCriticality: 11 })).toMatchObject({
      ok: false,
      refusal: { kind: "invalid" },
    });
    expect(await updateInitiative(actors.executive, initiative.id, 2, {})).toMatchObject({
      ok: false,
      refusal: { kind: "invalid", errors: [{ path: "body" }] },
    });
    expect(outcome(await updateInitiative(actors.executive, 2_000_000_000, 1, { title: "x" }))).toBe("not-found");
  });

  it("replacing linked KPIs keeps the baseline of kept ones and takes the current value for new ones", async () => {
    const kept = await makeKpi();
    const added = await makeKpi();
    await makeReading(added.id, "2026-09-01", 91);
    const initiative = await makeInitiative({ ownerId: actors.process_owner.id, kpiIds: [kept.id] });
    await db().initiativeKpi.update({ where: { initiativeId_kpiId: { initiativeId: initiative.id, kpiId: kept.id } }, data: { baselineValue: 70 } });
    const result = await updateInitiative(actors.process_owner, initiative.id, 1, {
      kpis: [
        { code: kept.code, expectedImprovement: 9 },
        { code: added.code, expectedImprovement: 1 },
      ],
    });
    expect(result.ok && result.value.kpis.map((k) => [k.kpi.code, k.baselineValue, k.expectedImprovement])).toEqual([
      [kept.code, 70, 9],
      [added.code, 91, 1],
    ]);
  });

  it("comments: participants may comment, viewers may not; the detail lists them", async () => {
    const initiative = await makeInitiative();
    expect(outcome(await addComment(actors.board_member, initiative.id, "  Needs data  "))).toBe("ok");
    expect(outcome(await addComment(actors.viewer, initiative.id, "hi"))).toBe("forbidden");
    expect(outcome(await addComment(actors.executive, initiative.id, "  "))).toBe("invalid");
    expect((await getInitiativeDetail(initiative.id))?.comments.map((c) => c.body)).toEqual(["Needs data"]);
  });
});

describe("proposing", () => {
  it("from a gap: pre-filled with the KPI, its current value as baseline and the distance to target; writes nothing", async () => {
    const kpi = await makeKpi();
    await makeReading(kpi.id, "2026-09-01", 88);
    const before = await db().initiative.count();
    const result = await proposeFromGap(actors.process_owner, kpi.code);
    expect(result).toMatchObject({
      ok: true,
      value: { kpis: [{ code: kpi.code, baselineValue: 88, baselinePeriod: "2026-09-01", target: 95, expectedImprovement: 7 }] },
    });
    expect(await db().initiative.count()).toBe(before);
    expect(outcome(await proposeFromGap(actors.viewer, kpi.code))).toBe("forbidden");
    expect(outcome(await proposeFromGap(actors.process_owner, "NO-SUCH-KPI"))).toBe("not-found");
  });

  it("refuses unknown references as field errors and a viewer outright", async () => {
    const result = await proposeInitiative(actors.executive, {
      title: "T",
      problem: "P",
      methodology: "lean",
      stream: "exploit",
      effortWeeks: 1,
      owner: "nobody@test.example",
      businessFunction: "NOPE",
      kpis: [{ code: "NOPE", expectedImprovement: 1 }],
    });
    expect(!result.ok && result.refusal.kind === "invalid" && result.refusal.errors.map((e) => e.path).sort()).toEqual([
      "businessFunction",
      "kpis[0].code",
      "owner",
    ]);
    expect(outcome(await proposeInitiative(actors.viewer, {}))).toBe("forbidden");
    expect(
      await proposeInitiative(actors.executive, { title: "T", problem: "P", methodology: "kaizen", dmaicPhase: "define", stream: "exploit", effortWeeks: 1 }),
    ).toMatchObject({ ok: false, refusal: { kind: "invalid", errors: [{ path: "dmaicPhase" }] } });
  });
});

describe("decision log and capacity", () => {
  it("lists and exports decisions filtered by initiative", async () => {
    const initiative = await makeInitiative();
    await decideInitiative(actors.board_member, initiative.id, decision("triage", 1, { rationale: '=cmd, "quoted"' }));
    const { total, decisions } = await listDecisions({ initiative: initiative.code });
    expect(total).toBe(1);
    expect(decisions[0]).toMatchObject({ decision: "triage", decidedBy: { email: expect.any(String) } });
    const csv = await decisionsCsv({ initiative: initiative.code });
    expect(csv.split("\r\n")[1]).toContain(`"'=cmd, ""quoted"""`);
  });

  it("the latest capacity for a quarter counts; only the board and executives set it", async () => {
    const quarter = `20${30 + Math.floor(Math.random() * 60)}-04-01`;
    expect(outcome(await setCapacity(actors.board_member, quarter, 100))).toBe("ok");
    expect(outcome(await setCapacity(actors.executive, quarter, 120))).toBe("ok");
    expect(outcome(await setCapacity(actors.process_owner, quarter, 1))).toBe("forbidden");
    expect(await setCapacity(actors.board_member, "2026-05-01", 1)).toMatchObject({
      ok: false,
      refusal: { kind: "invalid", errors: [{ path: "quarterStart" }] },
    });
    expect((await currentCapacity(new Date(quarter)))?.personWeeks).toBe(120);
  });
});

describe("the HTTP API", () => {
  const tokens = {} as Record<Role, string>;
  beforeAll(async () => {
    for (const role of ROLES) tokens[role] = await makeApiToken(actors[role].id);
  });
  const headers = (token?: string): Record<string, string> => ({ "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) });
  const send = (method: string, path: string, body: unknown, token?: string) =>
    new NextRequest(`http://localhost${path}`, { method, headers: headers(token), body: typeof body === "string" ? body : JSON.stringify(body) });
  const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
  const decide = (id: string | number, body: unknown, token?: string) =>
    decideRoute(send("POST", `/api/v1/initiatives/${id}/decisions`, body, token), params(id));
  const patch = (id: string | number, body: unknown, token?: string) => patchRoute(send("PATCH", `/api/v1/initiatives/${id}`, body, token), params(id));

  async function expectProblem(response: Response, status: number) {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    return (await response.json()) as Record<string, unknown>;
  }

  it("proposes (201), lists with filters, decides (201) and edits", async () => {
    const fn = await makeBusinessFunction();
    const kpi = await makeKpi();
    const created = await proposeRoute(
      send(
        "POST",
        "/api/v1/initiatives",
        {
          title: "API",
          problem: "Gap",
          methodology: "six_sigma",
          dmaicPhase: "define",
          stream: "explore",
          businessFunction: fn.code,
          effortWeeks: 2,
          kpis: [{ code: kpi.code, expectedImprovement: 3 }],
        },
        tokens.process_owner,
      ),
      {},
    );
    expect(created.status).toBe(201);
    const { initiative } = (await created.json()) as { initiative: { id: number; code: string; version: number } };
    expect(initiative.code).toMatch(/^INI-\d{3,}$/);

    const listed = initiativeListResponseSchema.parse(
      await (
        await listRoute(
          new NextRequest(`http://localhost/api/v1/initiatives?businessFunction=${fn.code}&stream=explore&kpi=${kpi.code}&status=proposed`, {
            headers: headers(tokens.viewer),
          }),
          {},
        )
      ).json(),
    );
    expect(listed.initiatives.map((i) => i.code)).toEqual([initiative.code]);
    expect(listed.initiatives[0]).toMatchObject({ businessFunction: fn.code, dmaicPhase: "define", kpis: [{ code: kpi.code, expectedImprovement: 3 }] });

    const decided = await decide(initiative.id, decision("triage", 1), tokens.board_member);
    expect(decided.status).toBe(201);
    expect(decisionCreatedResponseSchema.parse(await decided.json())).toMatchObject({
      decision: { decision: "triage", toStatus: "triaged", meetingDate: "2026-11-20", initiative: initiative.code },
      initiative: { version: 2 },
    });

    const edited = await patch(initiative.id, { version: 2, title: "Renamed" }, tokens.process_owner);
    expect(edited.status).toBe(200);
    expect(await listBacklog({ kpi: kpi.code })).toMatchObject([{ title: "Renamed", version: 3 }]);
  });

  it("answers 401, 403, 404, 409, 413 and 422 as problem documents", async () => {
    const initiative = await makeInitiative();
    await expectProblem(await decide(initiative.id, decision("triage", 1)), 401);
    await expectProblem(await decide(initiative.id, decision("triage", 1), tokens.viewer), 403);
    await expectProblem(await decide(initiative.id, decision("triage", 1), tokens.process_owner), 403);
    await expectProblem(await proposeRoute(send("POST", "/api/v1/initiatives", {}, tokens.board_member), {}), 403);
    await expectProblem(await decide(2_000_000_000, decision("triage", 1), tokens.board_member), 404);
    await expectProblem(await decide("abc", decision("triage", 1), tokens.board_member), 404);
    await expectProblem(await patch("99999999999", { version: 1 }, tokens.executive), 404);
    expect((await decide(initiative.id, decision("triage", 1), tokens.board_member)).status).toBe(201);
    await expectProblem(await patch(initiative.id, { version: 1, title: "late" }, tokens.executive), 409);
    await expectProblem(await decide(initiative.id, decision("approve", 1), tokens.board_member), 409);
    await expectProblem(await patch(initiative.id, { version: 2, title: "x".repeat(70 * 1024) }, tokens.executive), 413);
    const invalid = [
      await decide(initiative.id, "not json", tokens.board_member),
      await decide(initiative.id, [1], tokens.board_member),
      await decide(initiative.id, { ...decision("approve", 2), meetingDate: "soon", rationale: "" }, tokens.board_member),
      await decide(initiative.id, decision("complete", 2), tokens.board_member),
      await patch(initiative.id, { version: 2, title: "a\u0000b" }, tokens.executive),
      await patch(initiative.id, { version: 2, unknownField: 1 }, tokens.executive),
      await listRoute(new NextRequest("http://localhost/api/v1/initiatives?status=maybe", { headers: headers(tokens.viewer) }), {}),
    ];
    for (const response of invalid) {
      const body = problemSchema.parse(await expectProblem(response, 422));
      expect(body.errors?.length).toBeGreaterThan(0);
    }
    expect(await db().initiative.findUniqueOrThrow({ where: { id: initiative.id } })).toMatchObject({ status: "triaged", version: 2 });
  });

  it("documents the initiative paths in the OpenAPI document", async () => {
    const doc = (await (await getOpenApi(new NextRequest("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) })).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths["/api/v1/initiatives"] ?? {})).toEqual(["get", "post"]);
    expect(doc.paths["/api/v1/initiatives/{id}"]).toHaveProperty("patch");
    expect(doc.paths["/api/v1/initiatives/{id}/decisions"]).toHaveProperty("post");
  });
});
