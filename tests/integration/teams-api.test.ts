// Teams and coordination mechanisms through /api/v1: members and leads by email, processes by
// code; POST answers 201, a taken code or a stale version 409, refusals are problem documents.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { GET as getMechanism, PATCH as patchMechanism } from "@/app/api/v1/coordination-mechanisms/[code]/route";
import { GET as listMechanisms, POST as postMechanism } from "@/app/api/v1/coordination-mechanisms/route";
import { GET as getTeam, PATCH as patchTeam } from "@/app/api/v1/teams/[code]/route";
import { GET as listTeams, POST as postTeam } from "@/app/api/v1/teams/route";
import { coordinationJsonSchema } from "@/lib/schemas/coordination";
import { problemSchema } from "@/lib/schemas/problem-document";
import { teamJsonSchema } from "@/lib/schemas/team";
import { makeApiToken, makeProcess, makeUser, newCode } from "../factories";

let cto: string;
let viewer: string;
let member: string;
let owner: { token: string; process: string };

beforeAll(async () => {
  cto = await makeApiToken((await makeUser({ role: "executive" })).id);
  viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
  member = (await makeUser({ role: "process_owner" })).email;
  const process = await makeProcess();
  owner = { token: await makeApiToken(process.ownerId), process: process.code };
});

const call = (method: string, path: string, token: string, body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const none = { params: Promise.resolve({}) };
const at = (code: string) => ({ params: Promise.resolve({ code }) });
const problemPaths = async (response: Response) => problemSchema.parse(await response.json()).errors?.map((error) => error.path);

describe("/api/v1/teams", () => {
  it("creates (201) with members, lists, changes at a version (409 when stale) and refuses others", async () => {
    const code = newCode("TEAM");
    const created = await postTeam(call("POST", "/api/v1/teams", cto, { code, name: "Platform", stream: "explore", members: [member] }), none);
    expect(created.status).toBe(201);
    expect(z.object({ team: teamJsonSchema }).parse(await created.json()).team).toMatchObject({ code, members: [{ email: member }] });
    expect((await postTeam(call("POST", "/api/v1/teams", cto, { code, name: "Again", stream: "explore" }), none)).status).toBe(409);
    expect((await postTeam(call("POST", "/api/v1/teams", viewer, { code: newCode("TEAM"), name: "X", stream: "explore" }), none)).status).toBe(403);
    const bad = await postTeam(
      call("POST", "/api/v1/teams", cto, { code: newCode("TEAM"), name: "X", stream: "explore", members: ["ghost@test.example"] }),
      none,
    );
    expect([bad.status, await problemPaths(bad)]).toEqual([422, ["members[0]"]]);
    const listed = z.object({ teams: z.array(teamJsonSchema) }).parse(await (await listTeams(call("GET", "/api/v1/teams", viewer), none)).json());
    expect(listed.teams.map((team) => team.code)).toContain(code);
    expect((await patchTeam(call("PATCH", `/api/v1/teams/${code}`, cto, { version: 1, members: [] }), at(code))).status).toBe(200);
    expect((await patchTeam(call("PATCH", `/api/v1/teams/${code}`, cto, { version: 1, name: "Late" }), at(code))).status).toBe(409);
    expect((await getTeam(call("GET", "/api/v1/teams/NOPE-404", viewer), at("NOPE-404"))).status).toBe(404);
  });
});

describe("/api/v1/coordination-mechanisms", () => {
  it("lets the process owner create (201) and retire one, lists by process, and refuses viewers", async () => {
    const code = newCode("CM");
    const body = { code, name: "Release feedback", kind: "feedback_channel", process: owner.process, participants: ["All users"] };
    const created = await postMechanism(call("POST", "/api/v1/coordination-mechanisms", owner.token, body), none);
    expect(created.status).toBe(201);
    expect((await postMechanism(call("POST", "/api/v1/coordination-mechanisms", owner.token, body), none)).status).toBe(409);
    expect((await postMechanism(call("POST", "/api/v1/coordination-mechanisms", viewer, { ...body, code: newCode("CM") }), none)).status).toBe(403);
    const list = z.object({ coordinationMechanisms: z.array(coordinationJsonSchema) });
    const byProcess = list.parse(await (await listMechanisms(call("GET", `/api/v1/coordination-mechanisms?process=${owner.process}`, viewer), none)).json());
    expect(byProcess.coordinationMechanisms.map((m) => m.code)).toEqual([code]);
    const retired = await patchMechanism(call("PATCH", `/api/v1/coordination-mechanisms/${code}`, owner.token, { version: 1, archived: true }), at(code));
    expect(z.object({ coordinationMechanism: coordinationJsonSchema }).parse(await retired.json()).coordinationMechanism.archived).toBe(true);
    expect((await getMechanism(call("GET", "/api/v1/coordination-mechanisms/NOPE", viewer), at("NOPE"))).status).toBe(404);
    expect((await listMechanisms(call("GET", "/api/v1/coordination-mechanisms?archived=maybe", viewer), none)).status).toBe(422);
  });
});
