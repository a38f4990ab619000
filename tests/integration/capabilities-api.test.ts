// Capabilities through /api/v1: the process named by code and the owner by email; POST answers
// 201, a taken code or a stale version 409, refusals are problem documents naming the field.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { GET as listAssessments, POST as postAssessment } from "@/app/api/v1/capabilities/[code]/assessments/route";
import { GET as getCapability, PATCH as patchCapability } from "@/app/api/v1/capabilities/[code]/route";
import { GET as listCapabilities, POST as postCapability } from "@/app/api/v1/capabilities/route";
import { db } from "@/lib/db/client";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { assessmentJsonSchema, capabilityJsonSchema } from "@/lib/schemas/capability";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeProcess, makeUser, newCode } from "../factories";

let admin: string;
let viewer: string;
let owner: { token: string; email: string; process: string };

beforeAll(async () => {
  admin = await makeApiToken((await makeUser({ role: "admin" })).id);
  viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
  const process = await makeProcess();
  const user = await db().user.findUniqueOrThrow({ where: { id: process.ownerId } });
  owner = { token: await makeApiToken(user.id), email: user.email, process: process.code };
});

const call = (method: string, path: string, token: string, body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const none = { params: Promise.resolve({}) };
const at = (code: string) => ({ params: Promise.resolve({ code }) });
const one = z.object({ capability: capabilityJsonSchema });
const problemPaths = async (response: Response) => problemSchema.parse(await response.json()).errors?.map((error) => error.path);

describe("/api/v1/capabilities", () => {
  it("creates (201), lists, changes at a version (409 when stale), assesses and archives, and refuses viewers", async () => {
    const code = newCode("CAP");
    const body = { code, name: "Capacity modelling", kind: "technology", targetMaturity: 4, process: owner.process };
    const created = await postCapability(call("POST", "/api/v1/capabilities", owner.token, body), none);
    expect(created.status).toBe(201);
    expect(one.parse(await created.json()).capability).toMatchObject({ code, process: owner.process, currentMaturity: null, version: 1 });
    expect((await postCapability(call("POST", "/api/v1/capabilities", admin, body), none)).status).toBe(409);
    expect((await postCapability(call("POST", "/api/v1/capabilities", viewer, { ...body, code: newCode("CAP") }), none)).status).toBe(403);
    const bad = await postCapability(call("POST", "/api/v1/capabilities", admin, { ...body, code: newCode("CAP"), targetMaturity: 9 }), none);
    expect([bad.status, await problemPaths(bad)]).toEqual([422, ["targetMaturity"]]);

    const today = toIsoDate(utcDay(new Date()));
    const assessed = await postAssessment(
      call("POST", `/api/v1/capabilities/${code}/assessments`, owner.token, {
        assessedOn: today,
        level: 2,
        assessor: "Self-assessment",
        evidence: "Model covers 3 of 8 services.",
      }),
      at(code),
    );
    expect(assessed.status).toBe(201);
    const answer = z.object({ assessment: assessmentJsonSchema, capability: capabilityJsonSchema }).parse(await assessed.json());
    expect(answer).toMatchObject({ assessment: { level: 2, recordedBy: owner.email }, capability: { currentMaturity: 2, lastAssessedOn: today } });
    const history = z
      .object({ assessments: z.array(assessmentJsonSchema) })
      .parse(await (await listAssessments(call("GET", `/api/v1/capabilities/${code}/assessments`, viewer), at(code))).json());
    expect(history.assessments.map((a) => a.level)).toEqual([2]);

    const changed = await patchCapability(call("PATCH", `/api/v1/capabilities/${code}`, owner.token, { version: 1, targetMaturity: 5 }), at(code));
    expect(changed.status).toBe(200);
    expect((await patchCapability(call("PATCH", `/api/v1/capabilities/${code}`, owner.token, { version: 1, name: "Late" }), at(code))).status).toBe(409);
    const archived = await patchCapability(call("PATCH", `/api/v1/capabilities/${code}`, admin, { version: 2, archived: true }), at(code));
    expect(one.parse(await archived.json()).capability).toMatchObject({ archived: true, currentMaturity: 2 });

    const live = z.object({ capabilities: z.array(capabilityJsonSchema) });
    const liveCodes = live.parse(await (await listCapabilities(call("GET", "/api/v1/capabilities", viewer), none)).json()).capabilities.map((c) => c.code);
    const archivedCodes = live
      .parse(await (await listCapabilities(call("GET", "/api/v1/capabilities?archived=true&kind=technology", viewer), none)).json())
      .capabilities.map((c) => c.code);
    expect([liveCodes.includes(code), archivedCodes.includes(code)]).toEqual([false, true]);
    expect((await listCapabilities(call("GET", "/api/v1/capabilities?kind=tooling", viewer), none)).status).toBe(422);
  });

  it("answers 404 for unknown and malformed codes", async () => {
    expect((await getCapability(call("GET", "/api/v1/capabilities/NOPE-404", viewer), at("NOPE-404"))).status).toBe(404);
    expect((await listAssessments(call("GET", "/api/v1/capabilities/%00/assessments", viewer), at("\u0000"))).status).toBe(404);
    const response = await postAssessment(
      call("POST", "/api/v1/capabilities/NOPE/assessments", admin, { assessedOn: "2026-01-01", level: 2, assessor: "A", evidence: "B" }),
      at("NOPE"),
    );
    expect(response.status).toBe(404);
  });
});
