// The KPI catalogue and readings API through its real route handlers, bearer tokens and database:
// shapes checked against the published schemas, who may write, corrections, and every user
// mistake answered by a problem document rather than a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as listKpis } from "@/app/api/v1/kpis/route";
import { GET as listReadings, POST as postReading } from "@/app/api/v1/kpis/[code]/readings/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db/client";
import { kpiListResponseSchema, readingCreatedResponseSchema, readingListResponseSchema, readingUnchangedResponseSchema } from "@/lib/schemas/reading-api";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeBusinessFunction, makeKpi, makeKpiWith, makeUser } from "../factories";

const auth = (token?: string): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
const get = (path: string, token?: string) => new NextRequest(`http://localhost${path}`, { headers: auth(token) });
const kpis = (query: string, token?: string) => listKpis(get(`/api/v1/kpis${query}`, token), { params: Promise.resolve({}) });
const readings = (code: string, query: string, token?: string) =>
  listReadings(get(`/api/v1/kpis/${code}/readings${query}`, token), { params: Promise.resolve({ code }) });
const post = (code: string, body: unknown, token?: string) =>
  postReading(
    new NextRequest(`http://localhost/api/v1/kpis/${code}/readings`, {
      method: "POST",
      headers: { ...auth(token), "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ code }) },
  );

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return problemSchema.parse(await response.json());
}

async function expect422(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.status).toBe(422);
  const problem = problemSchema.parse(await response.json());
  return { ...problem, errors: problem.errors ?? [] };
}

let owner: { id: number; email: string };
let ownerToken: string;
let viewerToken: string;
let adminToken: string;

beforeAll(async () => {
  owner = await makeUser({ role: "process_owner" });
  ownerToken = await makeApiToken(owner.id);
  viewerToken = await makeApiToken((await makeUser({ role: "viewer" })).id);
  adminToken = await makeApiToken((await makeUser({ role: "admin" })).id);
});

describe("GET /api/v1/kpis", () => {
  it("lists live KPIs in the published shape, filtered by owner, function, layer and scorecard", async () => {
    const fn = await makeBusinessFunction();
    const mine = await makeKpi({ ownerId: owner.id });
    const ofFunction = await makeKpiWith({ businessFunctionId: fn.id, scorecard: "development" });
    await makeKpiWith({ ownerId: owner.id, archivedAt: new Date() });

    const byOwner = kpiListResponseSchema.parse(await (await kpis(`?owner=${owner.email.toUpperCase()}`, viewerToken)).json());
    expect(byOwner.kpis.map((k) => k.code)).toEqual([mine.code]);
    expect(byOwner.kpis[0]).toMatchObject({
      layer: "supply",
      scorecard: "operational",
      direction: "higher",
      unit: "%",
      frequency: "monthly",
      target: 95,
      redFlag: 90,
      ownerEmail: owner.email,
      businessFunction: null,
    });
    expect(byOwner).toMatchObject({ total: 1, limit: 100, offset: 0 });

    const byFunction = kpiListResponseSchema.parse(await (await kpis(`?businessFunction=${fn.code}&scorecard=development&layer=supply`, viewerToken)).json());
    expect(byFunction.kpis.map((k) => [k.code, k.businessFunction])).toEqual([[ofFunction.code, fn.code]]);
    const none = kpiListResponseSchema.parse(await (await kpis(`?businessFunction=${fn.code}&layer=demand`, viewerToken)).json());
    expect(none).toMatchObject({ kpis: [], total: 0 });
  });

  it("pages with limit and offset over a stable order", async () => {
    // An owner of its own, so KPIs other tests add in parallel cannot shift the pages.
    const pager = await makeUser({ role: "process_owner" });
    const made = await Promise.all([1, 2, 3].map(() => makeKpi({ ownerId: pager.id })));
    const query = (extra: string) => `?owner=${encodeURIComponent(pager.email)}&${extra}`;
    const first = kpiListResponseSchema.parse(await (await kpis(query("limit=2"), viewerToken)).json());
    const second = kpiListResponseSchema.parse(await (await kpis(query("limit=2&offset=1"), viewerToken)).json());
    expect(first.kpis).toHaveLength(2);
    expect(first.total).toBe(3);
    expect(second.kpis[0]?.code).toBe(first.kpis[1]?.code);
    expect(new Set([...first.kpis, ...second.kpis].map((k) => k.code))).toEqual(new Set(made.map((k) => k.code)));
  });

  it.each(["?limit=0", "?limit=501", "?limit=abc", "?offset=-1", "?layer=top", "?owner=nobody", "?scorecard=x", "?businessFunction=%00"])(
    "refuses %s with a 422 naming the parameter",
    async (query) => {
      const body = await expect422(await kpis(query, viewerToken));
      expect(body.errors.length).toBeGreaterThan(0);
      expect(query).toContain(body.errors[0]?.path);
    },
  );

  it("answers 401 without a valid token", async () => {
    await expectProblem(await kpis("", undefined), 401);
    await expectProblem(await kpis("", "amb_not-a-token"), 401);
  });
});

describe("POST and GET /api/v1/kpis/{code}/readings", () => {
  it("an owner enters a reading (201), corrects it with a reason, and the history keeps both versions", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    const created = await post(kpi.code, { period: "2025-06-01", value: 96, note: "all good" }, ownerToken);
    expect(created.status).toBe(201);
    expect(readingCreatedResponseSchema.parse(await created.json())).toMatchObject({
      correction: false,
      reading: { period: "2025-06-01", version: 1, value: 96, note: "all good", reason: null, source: "api", enteredBy: owner.email, state: "current" },
    });

    const refused = await expect422(await post(kpi.code, { period: "2025-06-01", value: 97 }, ownerToken));
    expect(refused.errors).toEqual([
      { path: "reason", message: expect.stringMatching(/already has a reading of 96% entered by .* on \d{4}-\d{2}-\d{2}: give a reason/) },
    ]);

    const corrected = await post(kpi.code, { period: "2025-06-01", value: 97, reason: "late tickets" }, ownerToken);
    expect(corrected.status).toBe(201);
    expect(readingCreatedResponseSchema.parse(await corrected.json())).toMatchObject({
      correction: true,
      reading: { version: 2, value: 97, reason: "late tickets" },
    });

    const current = readingListResponseSchema.parse(await (await readings(kpi.code, "", viewerToken)).json());
    expect(current.readings.map((r) => [r.version, r.value, r.state])).toEqual([[2, 97, "current"]]);
    const history = readingListResponseSchema.parse(await (await readings(kpi.code, "?includeHistory=true", viewerToken)).json());
    expect(history).toMatchObject({ kpi: kpi.code, unit: "%" });
    expect(history.readings.map((r) => [r.version, r.value, r.state])).toEqual([
      [2, 97, "current"],
      [1, 96, "superseded"],
    ]);
    const audit = await db().auditEvent.count({ where: { entityType: "Reading", actorId: owner.id, action: { in: ["reading.create", "reading.correct"] } } });
    expect(audit).toBeGreaterThanOrEqual(2);
  });

  it("a re-post of the same value and note is 200 unchanged and writes nothing", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    expect((await post(kpi.code, { period: "2025-06-01", value: 96 }, ownerToken)).status).toBe(201);
    const again = await post(kpi.code, { period: "2025-06-01", value: 96 }, ownerToken);
    expect(again.status).toBe(200);
    expect(readingUnchangedResponseSchema.parse(await again.json())).toMatchObject({ unchanged: true, reading: { version: 1 } });
    expect(await db().reading.count({ where: { kpiId: kpi.id } })).toBe(1);
  });

  it("admins write for any KPI; other owners, viewers and executives are refused with 403", async () => {
    const kpi = await makeKpi();
    expect((await post(kpi.code, { period: "2025-06-01", value: 96 }, adminToken)).status).toBe(201);
    const executiveToken = await makeApiToken((await makeUser({ role: "executive" })).id);
    for (const token of [ownerToken, viewerToken, executiveToken]) {
      await expectProblem(await post(kpi.code, { period: "2025-07-01", value: 96 }, token), 403);
    }
    expect(await db().reading.count({ where: { kpiId: kpi.id } })).toBe(1);
  });

  it("answers 404 for an unknown or malformed KPI code and 401 without a token", async () => {
    await expectProblem(await post("NO-SUCH-KPI", { period: "2025-06-01", value: 1 }, ownerToken), 404);
    await expectProblem(await readings("NO-SUCH-KPI", "", viewerToken), 404);
    await expectProblem(await readings("bad%00code", "", viewerToken), 404);
    await expectProblem(await post("ANY", { period: "2025-06-01", value: 1 }), 401);
  });

  it.each([
    [{ period: "2099-01-01", value: 96 }, "period", /in the future/],
    [{ period: "2025-06-15", value: 96 }, "period", /first day of a month.*2025-06-01/],
    [{ period: "2025-02-30", value: 96 }, "period", /real calendar date/],
    [{ period: "June", value: 96 }, "period", /YYYY-MM-DD/],
    [{ value: 96 }, "period", /required/],
    [{ period: "2025-06-01", value: "lots" }, "value", /number \(in %\)/],
    [{ period: "2025-06-01" }, "value", /number/],
    [{ period: "2025-06-01", value: 50 }, "note", /red flag: a note/],
    [{ period: "2025-06-01", value: 96, note: "x".repeat(2001) }, "note", /at most 2000/],
    [{ period: "2025-06-01", value: 96, note: 7 }, "note", /string/],
  ])("refuses %j with a 422 on %s", async (body, field, message) => {
    const kpi = await makeKpi({ ownerId: owner.id });
    const problem = await expect422(await post(kpi.code, body, ownerToken));
    expect(problem.errors.find((e) => e.path === field)?.message).toMatch(message);
    expect(await db().reading.count({ where: { kpiId: kpi.id } })).toBe(0);
  });

  it.each(["not json", "[1,2]", "null", ""])("refuses the body %j with a 422, not a 500", async (body) => {
    const kpi = await makeKpi({ ownerId: owner.id });
    const problem = await expect422(await post(kpi.code, body, ownerToken));
    expect(problem.errors[0]?.path).toBe("body");
  });

  it("refuses includeHistory=maybe with a 422", async () => {
    const kpi = await makeKpi();
    expect((await expect422(await readings(kpi.code, "?includeHistory=maybe", viewerToken))).errors[0]?.path).toBe("includeHistory");
  });
});

describe("the OpenAPI document", () => {
  it("describes the catalogue and readings endpoints", async () => {
    const doc = (await (await getOpenApi(get("/api/v1/openapi.json"), { params: Promise.resolve({}) })).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths["/api/v1/kpis"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/kpis/{code}"] ?? {}).sort()).toEqual(["get", "patch"]);
    expect(Object.keys(doc.paths["/api/v1/kpis/{code}/readings"] ?? {}).sort()).toEqual(["get", "post"]);
  });
});
