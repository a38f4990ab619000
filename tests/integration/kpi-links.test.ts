// KPI links through the service and the API with a real database: adding, re-weighting and ending
// keep the past as it was (the scoring snapshot and the KPI page read the links in force on the
// as-of day), and every refusal says which KPIs and which field.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as listLinks, POST as postLink } from "@/app/api/v1/kpis/[code]/links/route";
import { DELETE as deleteLink, PATCH as patchLink } from "@/app/api/v1/kpis/[code]/links/[supportedCode]/route";
import { db } from "@/lib/db/client";
import { getKpiDetail } from "@/lib/db/kpi-detail";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { problemSchema } from "@/lib/schemas/problem-document";
import { kpiLinkJsonSchema, kpiLinkListResponseSchema } from "@/lib/schemas/kpi-link";
import { z } from "zod";
import { addKpiLink, endKpiLink, reweightKpiLink } from "@/lib/services/kpi-links";
import { makeApiToken, makeKpi, makeKpiLink, makeUser } from "../factories";
import { outcome, refusalOf, valueOf } from "./results";

const linkBody = z.object({ link: kpiLinkJsonSchema });
const today = utcDay(new Date());
const yesterday = addDays(today, -1);
type Actor = Awaited<ReturnType<typeof makeUser>>;
let admin: Actor;
let executive: Actor;

beforeAll(async () => {
  admin = await makeUser({ role: "admin" });
  executive = await makeUser({ role: "executive" });
});

const linksOn = async (day: Date, supportedId: number) => (await loadScoringSnapshot(day)).links.filter((link) => link.supportedId === supportedId);

describe("addKpiLink", () => {
  it("links supply → demand from today, with an audit event", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    const link = valueOf(await addKpiLink(executive, supply.code, { supports: demand.code, weight: 0.5 }));
    expect(link).toEqual({ supporting: supply.code, supports: demand.code, weight: 0.5, validFrom: toIsoDate(today), validTo: null });
    expect(await linksOn(today, demand.id)).toEqual([{ supportingId: supply.id, supportedId: demand.id, weight: 0.5 }]);
    expect(await linksOn(yesterday, demand.id)).toEqual([]);
    const audit = await db().auditEvent.findFirst({ where: { entityType: "KpiLink", action: "kpi-link.add", actorId: executive.id }, orderBy: { id: "desc" } });
    expect(audit?.after).toMatchObject({ supporting: supply.code, supports: demand.code, weight: 0.5 });
  });

  it("refuses the wrong way round, naming both KPIs at supports", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    const refusal = refusalOf(await addKpiLink(admin, demand.code, { supports: supply.code }));
    expect(refusal).toMatchObject({ kind: "invalid", errors: [{ path: "supports" }] });
    expect(refusal.message).toContain(`${demand.code} cannot support ${supply.code}`);
  });

  it("refuses a link that would close a cycle, naming the path", async () => {
    // Cycles cannot arise between well-layered KPIs; one left by old data must still not be closed.
    const a = await makeKpi();
    const b = await makeKpi({ layer: "demand" });
    await db().kpi.update({ where: { id: b.id }, data: { layer: "supply" } });
    await makeKpiLink(a.id, b.id);
    const refusal = refusalOf(await addKpiLink(admin, b.code, { supports: a.code }));
    expect(refusal.message).toBe(`${b.code} cannot support ${a.code}: that would close a cycle (${a.code} → ${b.code} → ${a.code}).`);
  });

  it("refuses a self-link, a link already in force (409), an unknown KPI and a bad weight", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    expect(refusalOf(await addKpiLink(admin, supply.code, { supports: supply.code })).message).toBe(`${supply.code} cannot support itself.`);
    valueOf(await addKpiLink(admin, supply.code, { supports: demand.code }));
    expect(outcome(await addKpiLink(admin, supply.code, { supports: demand.code }))).toBe("conflict");
    expect(outcome(await addKpiLink(admin, "NO-SUCH-KPI", { supports: demand.code }))).toBe("not-found");
    expect(refusalOf(await addKpiLink(admin, supply.code, { supports: "NO-SUCH-KPI" }))).toMatchObject({ kind: "invalid", errors: [{ path: "supports" }] });
    for (const weight of [0, -1, "1", null]) {
      expect(refusalOf(await addKpiLink(admin, supply.code, { supports: demand.code, weight }))).toMatchObject({
        kind: "invalid",
        errors: [{ path: "weight" }],
      });
    }
  });

  it("is refused to roles without kpi:manage", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    for (const role of ["viewer", "process_owner"] as const) {
      expect(outcome(await addKpiLink(await makeUser({ role }), supply.code, { supports: demand.code }))).toBe("forbidden");
    }
  });
});

describe("reweightKpiLink and endKpiLink", () => {
  it("a re-weight applies from today and keeps the old weight for the days before", async () => {
    const capability = await makeKpi({ layer: "capability" });
    const supply = await makeKpi();
    await makeKpiLink(capability.id, supply.id, 2, { validFrom: "2025-01-01" });
    valueOf(await reweightKpiLink(admin, capability.code, supply.code, { weight: 3 }));
    expect(await linksOn(yesterday, supply.id)).toEqual([{ supportingId: capability.id, supportedId: supply.id, weight: 2 }]);
    expect(await linksOn(today, supply.id)).toEqual([{ supportingId: capability.id, supportedId: supply.id, weight: 3 }]);
    // A second re-weight the same day leaves an empty-interval row, never in force, as history.
    valueOf(await reweightKpiLink(admin, capability.code, supply.code, { weight: 4 }));
    expect(await linksOn(today, supply.id)).toEqual([{ supportingId: capability.id, supportedId: supply.id, weight: 4 }]);
    expect(await db().kpiLink.count({ where: { supportingId: capability.id, supportedId: supply.id } })).toBe(3);
    expect((await getKpiDetail(supply.code, new Date("2025-06-30")))?.supportedBy).toEqual([
      { code: capability.code, name: capability.name, layer: "capability", weight: 2 },
    ]);
  });

  it("ending a link keeps it in the as-of views of the days before", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    await makeKpiLink(supply.id, demand.id, 1, { validFrom: "2025-01-01" });
    expect(valueOf(await endKpiLink(admin, supply.code, demand.code))).toMatchObject({ validTo: toIsoDate(today) });
    expect(await linksOn(today, demand.id)).toEqual([]);
    expect(await linksOn(yesterday, demand.id)).toHaveLength(1);
    expect((await getKpiDetail(demand.code))?.supportedBy).toEqual([]);
    expect((await getKpiDetail(demand.code, yesterday))?.supportedBy).toHaveLength(1);
    expect(outcome(await endKpiLink(admin, supply.code, demand.code))).toBe("not-found");
    expect(outcome(await reweightKpiLink(admin, supply.code, demand.code, { weight: 2 }))).toBe("not-found");
    // The link can be made again later: a new row, the ended one untouched.
    valueOf(await addKpiLink(admin, supply.code, { supports: demand.code }));
  });

  it("the database keeps links: no delete, no change but ending", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    const link = await makeKpiLink(supply.id, demand.id);
    await expect(db().kpiLink.delete({ where: { id: link.id } })).rejects.toThrow(/history/);
    await expect(db().kpiLink.update({ where: { id: link.id }, data: { weight: 5 } })).rejects.toThrow(/history/);
    await expect(makeKpiLink(supply.id, demand.id)).rejects.toThrow();
  });
});

describe("the links API", () => {
  let token: string;
  let viewerToken: string;
  beforeAll(async () => {
    token = await makeApiToken(admin.id);
    viewerToken = await makeApiToken((await makeUser({ role: "viewer" })).id);
  });
  const call = (method: string, path: string, auth: string, body?: unknown) =>
    new NextRequest(`http://localhost${path}`, {
      method,
      headers: { authorization: `Bearer ${auth}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("adds (201), lists as of a day, re-weights, ends, and refuses a duplicate with 409", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    const params = { params: Promise.resolve({ code: supply.code }) };
    const pairParams = { params: Promise.resolve({ code: supply.code, supportedCode: demand.code }) };
    const base = `/api/v1/kpis/${supply.code}/links`;

    const created = await postLink(call("POST", base, token, { supports: demand.code, weight: 2 }), params);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ link: { supporting: supply.code, supports: demand.code, weight: 2, validFrom: toIsoDate(today), validTo: null } });

    const duplicate = await postLink(call("POST", base, token, { supports: demand.code }), params);
    expect(duplicate.status).toBe(409);
    expect(duplicate.headers.get("content-type")).toBe("application/problem+json");

    const listed = await listLinks(call("GET", base, viewerToken), params);
    expect(kpiLinkListResponseSchema.parse(await listed.json()).links).toMatchObject([{ supports: demand.code, weight: 2, supportsLayer: "demand" }]);
    const before = await listLinks(call("GET", `${base}?asOf=${toIsoDate(yesterday)}`, viewerToken), params);
    expect(kpiLinkListResponseSchema.parse(await before.json()).links).toEqual([]);

    const reweighted = await patchLink(call("PATCH", `${base}/${demand.code}`, token, { weight: 3 }), pairParams);
    expect(reweighted.status).toBe(200);
    expect(linkBody.parse(await reweighted.json()).link.weight).toBe(3);

    const ended = await deleteLink(call("DELETE", `${base}/${demand.code}`, token), pairParams);
    expect(ended.status).toBe(200);
    expect(linkBody.parse(await ended.json()).link.validTo).toBe(toIsoDate(today));
  });

  it("answers refusals as problem documents naming the field", async () => {
    const supply = await makeKpi();
    const demand = await makeKpi({ layer: "demand" });
    const params = { params: Promise.resolve({ code: supply.code }) };
    const base = `/api/v1/kpis/${supply.code}/links`;

    const unknown = await postLink(call("POST", base, token, { supports: "NO-SUCH-KPI" }), params);
    expect(unknown.status).toBe(422);
    expect(problemSchema.parse(await unknown.json()).errors).toEqual([{ path: "supports", message: "There is no live KPI NO-SUCH-KPI." }]);

    const wrongWay = await postLink(call("POST", `/api/v1/kpis/${demand.code}/links`, token, { supports: supply.code }), {
      params: Promise.resolve({ code: demand.code }),
    });
    expect(wrongWay.status).toBe(422);
    expect(problemSchema.parse(await wrongWay.json()).detail).toContain(`${demand.code} cannot support ${supply.code}`);

    const missingKpi = await postLink(call("POST", "/api/v1/kpis/NO-SUCH/links", token, { supports: demand.code }), {
      params: Promise.resolve({ code: "NO-SUCH" }),
    });
    expect(missingKpi.status).toBe(404);

    const forbidden = await postLink(call("POST", base, viewerToken, { supports: demand.code }), params);
    expect(forbidden.status).toBe(403);
  });
});
