// Re-profiling a business function through the service and the API with a real database: the new
// profile takes effect from its day, the earlier ones stay, scoring uses the one in force, and
// every refusal names the field.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { GET as listProfiles, POST as postProfile } from "@/app/api/v1/business-functions/[code]/demand-profiles/route";
import { db } from "@/lib/db/client";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { demandProfileJsonSchema, demandProfileListResponseSchema } from "@/lib/schemas/demand-profile";
import { problemSchema } from "@/lib/schemas/problem-document";
import { recordDemandProfile } from "@/lib/services/demand-profiles";
import { makeApiToken, makeBusinessFunction, makeDemandProfile, makeUser } from "../factories";
import { outcome, refusalOf, valueOf } from "./results";

const today = utcDay(new Date());
type Actor = Awaited<ReturnType<typeof makeUser>>;
let executive: Actor;

beforeAll(async () => {
  executive = await makeUser({ role: "executive" });
});

const profile = (overrides: Record<string, unknown> = {}) => ({
  effectiveFrom: toIsoDate(today),
  controlFlexibility: 80,
  riskTolerance: "high",
  availabilityNeed: "high",
  changeCadence: "weekly",
  users: 120,
  transactionsPerDay: 4000,
  peakTimes: "month end",
  targetExploreShare: 45,
  rationale: "Economic stress shifts emphasis to transformation.",
  ...overrides,
});

const positionOn = async (day: Date, functionId: number) => (await loadScoringSnapshot(day)).functions.find((fn) => fn.id === functionId)?.controlFlexibility;

describe("recordDemandProfile", () => {
  it("takes effect from its day, keeps the earlier profile for the days before, and is audited", async () => {
    const fn = await makeBusinessFunction();
    await makeDemandProfile(fn.id, new Date("2025-01-01"), { controlFlexibility: 20, targetExploreShare: 10 });
    const recorded = valueOf(await recordDemandProfile(executive, fn.code, profile()));
    expect(recorded).toMatchObject({ businessFunction: fn.code, effectiveFrom: toIsoDate(today), controlFlexibility: 80, recordedBy: executive.email });
    expect(await positionOn(addDays(today, -1), fn.id)).toBe(20);
    expect(await positionOn(today, fn.id)).toBe(80);

    valueOf(await recordDemandProfile(executive, fn.code, profile({ effectiveFrom: toIsoDate(addDays(today, 30)), controlFlexibility: 50 })));
    expect(await positionOn(today, fn.id)).toBe(80);
    expect(await positionOn(addDays(today, 30), fn.id)).toBe(50);
    expect(await db().demandProfile.count({ where: { businessFunctionId: fn.id } })).toBe(3);

    const audit = await db().auditEvent.findFirst({ where: { action: "demand-profile.record", actorId: executive.id }, orderBy: { id: "desc" } });
    expect(audit?.after).toMatchObject({ businessFunction: fn.code, controlFlexibility: 50, rationale: profile().rationale });
  });

  it("lets a function's first profile start in the past, but not a later one, nor two on one day", async () => {
    const fn = await makeBusinessFunction();
    valueOf(await recordDemandProfile(executive, fn.code, profile({ effectiveFrom: "2024-04-01" })));
    expect(refusalOf(await recordDemandProfile(executive, fn.code, profile({ effectiveFrom: toIsoDate(addDays(today, -1)) })))).toMatchObject({
      kind: "invalid",
      errors: [{ path: "effectiveFrom", message: expect.stringMatching(/today or later/) }],
    });
    valueOf(await recordDemandProfile(executive, fn.code, profile()));
    expect(refusalOf(await recordDemandProfile(executive, fn.code, profile()))).toMatchObject({
      errors: [{ path: "effectiveFrom", message: expect.stringMatching(/already takes effect/) }],
    });
  });

  it.each([
    ["controlFlexibility", 101],
    ["controlFlexibility", 2.5],
    ["targetExploreShare", -1],
    ["riskTolerance", "extreme"],
    ["users", -3],
    ["effectiveFrom", "2026-02-30"],
    ["effectiveFrom", "1800-01-01"],
    ["rationale", "   "],
  ])("refuses %s = %j, naming the field", async (field, value) => {
    const fn = await makeBusinessFunction();
    const refusal = refusalOf(await recordDemandProfile(executive, fn.code, profile({ [field]: value })));
    expect(refusal).toMatchObject({ kind: "invalid" });
    expect(refusal.kind === "invalid" && refusal.errors.map((error) => error.path)).toEqual([field]);
    expect(await db().demandProfile.count({ where: { businessFunctionId: fn.id } })).toBe(0);
  });

  it("refuses an unknown field, an unknown function, and roles without function:manage", async () => {
    const fn = await makeBusinessFunction();
    expect(outcome(await recordDemandProfile(executive, fn.code, { ...profile(), emphasis: "x" }))).toBe("invalid");
    expect(outcome(await recordDemandProfile(executive, "NO-SUCH-FN", profile()))).toBe("not-found");
    expect(outcome(await recordDemandProfile(executive, "bad code!", profile()))).toBe("not-found");
    for (const role of ["process_owner", "board_member", "viewer"] as const) {
      expect(outcome(await recordDemandProfile(await makeUser({ role }), fn.code, profile()))).toBe("forbidden");
    }
    expect(valueOf(await recordDemandProfile(await makeUser({ role: "admin" }), fn.code, profile())).controlFlexibility).toBe(80);
  });
});

describe("the demand profiles API", () => {
  const call = (method: string, path: string, token: string, body?: unknown) =>
    new NextRequest(`http://localhost${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("records (201) and lists the history oldest first; refusals are problem documents", async () => {
    const fn = await makeBusinessFunction();
    const token = await makeApiToken(executive.id);
    const viewerToken = await makeApiToken((await makeUser({ role: "viewer" })).id);
    const params = { params: Promise.resolve({ code: fn.code }) };
    const base = `/api/v1/business-functions/${fn.code}/demand-profiles`;

    const first = await postProfile(call("POST", base, token, profile({ effectiveFrom: "2025-01-01", controlFlexibility: 30 })), params);
    expect(first.status).toBe(201);
    expect(z.object({ profile: demandProfileJsonSchema }).parse(await first.json()).profile.effectiveFrom).toBe("2025-01-01");
    expect((await postProfile(call("POST", base, token, profile()), params)).status).toBe(201);

    const listed = await listProfiles(call("GET", base, viewerToken), params);
    expect(listed.status).toBe(200);
    expect(demandProfileListResponseSchema.parse(await listed.json()).profiles.map((p) => [p.effectiveFrom, p.controlFlexibility])).toEqual([
      ["2025-01-01", 30],
      [toIsoDate(today), 80],
    ]);

    const backdated = await postProfile(call("POST", base, token, profile({ effectiveFrom: "2025-06-01" })), params);
    expect(backdated.status).toBe(422);
    expect(problemSchema.parse(await backdated.json()).errors?.[0]?.path).toBe("effectiveFrom");

    expect((await postProfile(call("POST", base, viewerToken, profile()), params)).status).toBe(403);
    const missing = { params: Promise.resolve({ code: "NO-SUCH-FN" }) };
    expect((await listProfiles(call("GET", "/api/v1/business-functions/NO-SUCH-FN/demand-profiles", viewerToken), missing)).status).toBe(404);
  });
});
