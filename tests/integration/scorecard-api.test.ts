// The scorecard API through its real route handlers, with real bearer tokens and a real database:
// response shapes checked against the published zod schemas, the as-of and function filters, and
// every user mistake answered by a problem document rather than a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getKpi } from "@/app/api/v1/kpis/[code]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getScorecard } from "@/app/api/v1/scorecards/[kind]/route";
import { db } from "@/lib/db/client";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { kpiEvaluationResponseSchema, scorecardResponseSchema, type KpiNodeJson } from "@/lib/schemas/scorecard-api";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeBusinessFunction, makeKpiLink, makeKpiWith, makePriority, makeReading, makeUser } from "../factories";

const request = (path: string, token?: string) => new NextRequest(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const scorecard = (kind: string, query: string, token?: string) =>
  getScorecard(request(`/api/v1/scorecards/${kind}${query}`, token), { params: Promise.resolve({ kind }) });
const kpi = (code: string, query: string, token?: string) => getKpi(request(`/api/v1/kpis/${code}${query}`, token), { params: Promise.resolve({ code }) });
const at = (iso: string) => new Date(iso);

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return problemSchema.parse(await response.json());
}

/** A demand KPI of one function's priority, supported by a supply KPI, supported by a capability KPI. */
async function makeTree() {
  const fn = await makeBusinessFunction();
  const priority = await makePriority(fn.id);
  const demand = await makeKpiWith({ layer: "demand", scorecard: "strategic", businessPriorityId: priority.id, name: "Trade risk in real time" });
  const supply = await makeKpiWith({ scorecard: "strategic" });
  const capability = await makeKpiWith({ layer: "capability", scorecard: "strategic", direction: "lower", target: 2, redFlag: 5 });
  await makeKpiLink(supply.id, demand.id);
  await makeKpiLink(capability.id, supply.id);
  await makeReading(demand.id, "2025-03-01", 96, { enteredAt: at("2025-04-02T09:00:00Z") });
  await makeReading(demand.id, "2025-04-01", 80, { enteredAt: at("2025-05-02T09:00:00Z") });
  await makeReading(supply.id, "2025-03-01", 92, { enteredAt: at("2025-04-03T09:00:00Z") });
  await makeReading(capability.id, "2025-03-01", 1, { enteredAt: at("2025-04-03T09:00:00Z") });
  return { fn, demand, supply, capability };
}

let token: string;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  token = await makeApiToken((await makeUser({ role: "viewer" })).id);
  tree = await makeTree();
});

const find = (nodes: KpiNodeJson[], code: string) => nodes.find((node) => node.code === code);

describe("GET /api/v1/scorecards/{kind}", () => {
  it("answers the scorecard in its published shape, each top-level KPI with its drill-down tree", async () => {
    const response = await scorecard("strategic", "?asOf=2025-04-15", token);
    expect(response.status).toBe(200);
    const body = scorecardResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ kind: "strategic", asOf: "2025-04-15", businessFunction: null });

    const demand = find(body.kpis, tree.demand.code);
    expect(demand).toMatchObject({
      layer: "demand",
      name: "Trade risk in real time",
      value: 96,
      period: "2025-03-01",
      status: "green",
      target: 95,
      redFlag: 90,
    });
    const supply = find(demand?.children ?? [], tree.supply.code);
    expect(supply).toMatchObject({ layer: "supply", value: 92, status: "amber" });
    expect(supply?.children.map((node) => [node.code, node.value, node.status])).toEqual([[tree.capability.code, 1, "green"]]);
    for (const node of [demand, supply]) {
      expect(node?.score).toEqual(expect.any(Number));
      expect(node?.score).toBe(Number(node?.score?.toFixed(2)));
    }
  });

  it("as of a later date shows the reading known by then", async () => {
    const body = scorecardResponseSchema.parse(await (await scorecard("strategic", "?asOf=2025-05-15", token)).json());
    expect(find(body.kpis, tree.demand.code)).toMatchObject({ value: 80, period: "2025-04-01", status: "red" });
  });

  it("defaults asOf to today (UTC)", async () => {
    const body = scorecardResponseSchema.parse(await (await scorecard("strategic", "", token)).json());
    expect(body.asOf).toBe(toIsoDate(utcDay(new Date())));
  });

  it("filtered to a business function, keeps that function's KPIs and leaves another function's out", async () => {
    const other = await makeTree();
    const response = await scorecard("strategic", `?asOf=2025-04-15&businessFunction=${tree.fn.code}`, token);
    expect(response.status).toBe(200);
    const body = scorecardResponseSchema.parse(await response.json());
    expect(body.businessFunction).toBe(tree.fn.code);
    expect(find(body.kpis, tree.demand.code)).toBeDefined();
    expect(find(body.kpis, other.demand.code)).toBeUndefined();
  });

  it("answers 401 without a token", async () => {
    const problem = await expectProblem(await scorecard("strategic", ""), 401);
    expect(problem.title).toBe("Unauthorized");
  });

  it("answers 404 for an unknown scorecard kind or business function", async () => {
    expect((await expectProblem(await scorecard("tactical", "", token), 404)).detail).toMatch(/strategic, development, operational/);
    const unknownFunction = await expectProblem(await scorecard("operational", "?businessFunction=NO-SUCH-FN", token), 404);
    expect(unknownFunction.detail).toContain("NO-SUCH-FN");
  });

  it.each([
    ["2026-02-30", /calendar date/],
    ["yesterday", /YYYY-MM-DD/],
    ["2025-4-1", /YYYY-MM-DD/],
    [toIsoDate(addDays(utcDay(new Date()), 1)), /and today/],
    ["0000-01-01", /between 1900-01-01 and today/],
  ])("answers 422 naming asOf for asOf=%s", async (asOf, message) => {
    const problem = await expectProblem(await scorecard("strategic", `?asOf=${asOf}`, token), 422);
    expect(problem.errors).toEqual([{ path: "asOf", message: expect.stringMatching(message) }]);
  });

  it("answers 422 naming businessFunction when it is empty", async () => {
    const problem = await expectProblem(await scorecard("strategic", "?businessFunction=", token), 422);
    expect(problem.errors?.map((error) => error.path)).toEqual(["businessFunction"]);
  });
});

describe("GET /api/v1/kpis/{code}", () => {
  it("answers the KPI evaluated as of the date, with what supports it evaluated too", async () => {
    const response = await kpi(tree.supply.code, "?asOf=2025-04-15", token);
    expect(response.status).toBe(200);
    const body = kpiEvaluationResponseSchema.parse(await response.json());
    expect(body).toMatchObject({ code: tree.supply.code, asOf: "2025-04-15", value: 92, status: "amber", period: "2025-03-01" });
    expect(body.children.map((node) => [node.code, node.value, node.children])).toEqual([[tree.capability.code, 1, []]]);
  });

  it("before any reading existed, answers the KPI without a value", async () => {
    const body = kpiEvaluationResponseSchema.parse(await (await kpi(tree.demand.code, "?asOf=2025-04-01", token)).json());
    expect(body).toMatchObject({ value: null, period: null, score: null, status: "none" });
    expect(body.children[0]?.code).toBe(tree.supply.code);
  });

  it("answers 404 for an unknown or archived KPI, 422 for a bad asOf, 401 without a token", async () => {
    const archived = await makeKpiWith({ archivedAt: at("2025-01-01T00:00:00Z") });
    await expectProblem(await kpi("NO-SUCH-KPI", "", token), 404);
    await expectProblem(await kpi(archived.code, "", token), 404);
    expect((await expectProblem(await kpi(tree.supply.code, "?asOf=2026-02-30", token), 422)).errors?.[0]?.path).toBe("asOf");
    await expectProblem(await kpi(tree.supply.code, ""), 401);
  });
});

describe("a business priority governs in time", () => {
  it("its demand KPI is top-level while the priority is in force and listed as not anchored after it ends", async () => {
    const fn = await makeBusinessFunction();
    const priority = await db().businessPriority.update({ where: { id: (await makePriority(fn.id)).id }, data: { endsOn: at("2025-03-31") } });
    const demand = await makeKpiWith({ layer: "demand", scorecard: "strategic", businessPriorityId: priority.id });
    await makeReading(demand.id, "2025-02-01", 96, { enteredAt: at("2025-03-02T09:00:00Z") });
    const view = async (asOf: string) =>
      scorecardResponseSchema.parse(await (await scorecard("strategic", `?asOf=${asOf}&businessFunction=${fn.code}`, token)).json());

    const during = await view("2025-03-31");
    expect(find(during.kpis, demand.code)).toMatchObject({ value: 96, status: "green" });
    expect(during.notAnchored.map((item) => item.kpi.code)).not.toContain(demand.code);

    const after = await view("2025-04-01");
    expect(find(after.kpis, demand.code)).toBeUndefined();
    expect(after.notAnchored.find((item) => item.kpi.code === demand.code)).toMatchObject({
      kpi: { value: 96, status: "green" },
      anchor: "ended",
      businessPriority: { code: priority.code, startsOn: "2025-01-01", endsOn: "2025-03-31" },
    });

    const before = await view("2024-12-31");
    expect(before.notAnchored.find((item) => item.kpi.code === demand.code)?.anchor).toBe("not-started");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document of the API whose references all resolve", async () => {
    const response = await getOpenApi(request("/api/v1/openapi.json"), {});
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/api/v1/business-functions",
        "/api/v1/business-functions/{code}",
        "/api/v1/business-functions/{code}/demand-profiles",
        "/api/v1/capabilities",
        "/api/v1/capabilities/{code}",
        "/api/v1/capabilities/{code}/assessments",
        "/api/v1/catalogue",
        "/api/v1/catalogue/export",
        "/api/v1/catalogue/import",
        "/api/v1/catalogue/schema",
        "/api/v1/coordination-mechanisms",
        "/api/v1/coordination-mechanisms/{code}",
        "/api/v1/health",
        "/api/v1/initiatives",
        "/api/v1/initiatives/{id}",
        "/api/v1/initiatives/{id}/decisions",
        "/api/v1/kpis",
        "/api/v1/kpis/{code}",
        "/api/v1/kpis/{code}/definitions",
        "/api/v1/kpis/{code}/links",
        "/api/v1/kpis/{code}/links/{supportedCode}",
        "/api/v1/kpis/{code}/readings",
        "/api/v1/me",
        "/api/v1/priorities",
        "/api/v1/priorities/{code}",
        "/api/v1/processes",
        "/api/v1/processes/{code}",
        "/api/v1/processes/{code}/monitoring",
        "/api/v1/processes/{code}/monitoring/{id}/done",
        "/api/v1/processes/{code}/steps",
        "/api/v1/readings/export",
        "/api/v1/readings/import",
        "/api/v1/scorecards/{kind}",
        "/api/v1/teams",
        "/api/v1/teams/{code}",
        "/api/v1/users",
        "/api/v1/users/{email}",
        "/api/v1/users/{email}/hand-over",
        "/api/v1/users/{email}/password",
        "/api/v1/value-chains",
        "/api/v1/value-chains/{code}",
      ].sort(),
    );
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Scorecard", "KpiNode", "KpiEvaluation", "Problem"]));
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });

    const scorecardGet = document.paths["/api/v1/scorecards/{kind}"]?.get;
    expect(scorecardGet?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(["path:kind", "query:asOf", "query:businessFunction"]);
    expect(Object.keys(scorecardGet?.responses ?? {})).toEqual(["200", "401", "403", "404", "422"]);

    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const name of refs) expect(document.components.schemas).toHaveProperty([name ?? ""]);
  });
});
