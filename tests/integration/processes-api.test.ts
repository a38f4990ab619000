// Processes through /api/v1: people are named by email, steps and monitoring actions by the id GET
// returned; POST answers 201, a taken code or a stale version 409, refusals are problem documents.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as postDone } from "@/app/api/v1/processes/[code]/monitoring/[id]/done/route";
import { GET as getMonitoring } from "@/app/api/v1/processes/[code]/monitoring/route";
import { GET as getSteps, PUT as putSteps } from "@/app/api/v1/processes/[code]/steps/route";
import { GET as getProcess, PATCH as patchProcess } from "@/app/api/v1/processes/[code]/route";
import { GET as listProcesses, POST as postProcess } from "@/app/api/v1/processes/route";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { problemSchema } from "@/lib/schemas/problem-document";
import { z } from "zod";
import { monitoringLogJsonSchema, processJsonSchema } from "@/lib/schemas/process";
import { makeApiToken, makeUser, newCode } from "../factories";

let cto: string;
let viewer: string;
let owner: { token: string; email: string };

beforeAll(async () => {
  cto = await makeApiToken((await makeUser({ role: "executive" })).id);
  viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
  const user = await makeUser({ role: "process_owner" });
  owner = { token: await makeApiToken(user.id), email: user.email };
});

const call = (method: string, path: string, token: string, body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const none = { params: Promise.resolve({}) };
const at = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const read = async <S extends z.ZodType>(schema: S, response: Response): Promise<z.infer<S>> => schema.parse(await response.json());
const oneProcess = z.object({ process: processJsonSchema });
const problemPaths = async (response: Response) => problemSchema.parse(await response.json()).errors?.map((error) => error.path);

describe("/api/v1/processes", () => {
  it("creates (201), lists, documents at a version (409 when stale), logs monitoring and refuses viewers", async () => {
    const code = newCode("PRC");
    const created = await postProcess(
      call("POST", "/api/v1/processes", cto, { code, name: "Capacity management", kind: "exploit", ownerEmail: owner.email }),
      none,
    );
    expect(created.status).toBe(201);
    expect((await read(oneProcess, created)).process).toMatchObject({ code, owner: { email: owner.email }, version: 1 });
    expect((await postProcess(call("POST", "/api/v1/processes", cto, { code, name: "Again", kind: "exploit", ownerEmail: owner.email }), none)).status).toBe(
      409,
    );
    expect(
      (await postProcess(call("POST", "/api/v1/processes", viewer, { code: newCode("PRC"), name: "X", kind: "exploit", ownerEmail: owner.email }), none))
        .status,
    ).toBe(403);
    const bad = await postProcess(
      call("POST", "/api/v1/processes", cto, { code: newCode("PRC"), name: "X", kind: "exploit", ownerEmail: "ghost@test.example" }),
      none,
    );
    expect([bad.status, await problemPaths(bad)]).toEqual([422, ["ownerEmail"]]);

    const listed = await listProcesses(call("GET", "/api/v1/processes", viewer), none);
    expect((await read(z.object({ processes: z.array(processJsonSchema) }), listed)).processes.map((p) => p.code)).toContain(code);

    const documented = await patchProcess(
      call("PATCH", `/api/v1/processes/${code}`, owner.token, {
        version: 1,
        purpose: "Enough capacity, never too much.",
        steps: [{ name: "Forecast demand" }, { name: "Plan capacity", description: "Quarterly with the business" }],
        monitoring: [{ action: "Review utilisation against forecast", cadence: "monthly", accountableEmail: owner.email }],
      }),
      at({ code }),
    );
    expect(documented.status).toBe(200);
    const { process } = await read(oneProcess, documented);
    expect(process.steps.map((step) => [step.position, step.name])).toEqual([
      [1, "Forecast demand"],
      [2, "Plan capacity"],
    ]);
    expect(process.monitoring[0]).toMatchObject({ state: "due", lastDoneOn: null, accountable: { email: owner.email } });
    const stale = await patchProcess(call("PATCH", `/api/v1/processes/${code}`, owner.token, { version: 1, purpose: "late" }), at({ code }));
    expect(stale.status).toBe(409);
    const ownerMayNotHandOver = await patchProcess(
      call("PATCH", `/api/v1/processes/${code}`, owner.token, { version: 2, ownerEmail: owner.email }),
      at({ code }),
    );
    expect(ownerMayNotHandOver.status).toBe(403);

    const actionId = String(process.monitoring[0]?.id);
    const today = toIsoDate(utcDay(new Date()));
    const done = await postDone(
      call("POST", `/api/v1/processes/${code}/monitoring/${actionId}/done`, owner.token, { doneOn: today, note: "82 % used" }),
      at({ code, id: actionId }),
    );
    expect(done.status).toBe(201);
    expect((await read(z.object({ entry: monitoringLogJsonSchema }), done)).entry).toMatchObject({ doneOn: today, note: "82 % used", loggedBy: owner.email });
    expect(
      (await postDone(call("POST", `/api/v1/processes/${code}/monitoring/${actionId}/done`, viewer, { doneOn: today }), at({ code, id: actionId }))).status,
    ).toBe(403);
    const future = await postDone(
      call("POST", `/api/v1/processes/${code}/monitoring/${actionId}/done`, owner.token, { doneOn: "2999-01-01" }),
      at({ code, id: actionId }),
    );
    expect([future.status, await problemPaths(future)]).toEqual([422, ["doneOn"]]);

    const monitoring = await read(
      z.object({ monitoring: processJsonSchema.shape.monitoring, log: z.array(monitoringLogJsonSchema) }),
      await getMonitoring(call("GET", `/api/v1/processes/${code}/monitoring`, viewer), at({ code })),
    );
    expect(monitoring.monitoring[0]).toMatchObject({ state: "done", lastDoneOn: today });
    expect(monitoring.log).toHaveLength(1);
  });

  it("replaces the steps in a new order through PUT …/steps, keeping their ids; strict about the body", async () => {
    const code = newCode("PRC");
    await postProcess(call("POST", "/api/v1/processes", cto, { code, name: "Release management", kind: "exploit", ownerEmail: owner.email }), none);
    const put = (token: string, body: unknown) => putSteps(call("PUT", `/api/v1/processes/${code}/steps`, token, body), at({ code }));
    const stepsAnswer = z.object({ steps: processJsonSchema.shape.steps, version: z.number().int() });
    const first = stepsAnswer.parse(await (await put(owner.token, { version: 1, steps: [{ name: "Plan" }, { name: "Deploy" }] })).json());
    const [plan, deploy] = first.steps;
    const reordered = await put(owner.token, {
      version: first.version,
      steps: [
        { id: deploy?.id, name: "Deploy" },
        { id: plan?.id, name: "Plan" },
      ],
    });
    expect(reordered.status).toBe(200);
    expect(stepsAnswer.parse(await reordered.json()).steps.map((step) => [step.id, step.position])).toEqual([
      [deploy?.id, 1],
      [plan?.id, 2],
    ]);
    const listed = stepsAnswer.parse(await (await getSteps(call("GET", `/api/v1/processes/${code}/steps`, viewer), at({ code }))).json());
    expect(listed.steps.map((step) => step.name)).toEqual(["Deploy", "Plan"]);
    expect((await put(owner.token, { version: first.version, steps: [] })).status).toBe(409);
    const extra = await put(owner.token, { version: 3, steps: [], purpose: "sneaked in" });
    expect([extra.status, await problemPaths(extra)]).toEqual([422, ["purpose"]]);
    expect((await put(viewer, { version: 3, steps: [] })).status).toBe(403);
  });

  it("answers 404 for unknown processes, actions and malformed ids", async () => {
    expect((await getProcess(call("GET", "/api/v1/processes/NOPE-404", viewer), at({ code: "NOPE-404" }))).status).toBe(404);
    expect((await getMonitoring(call("GET", "/api/v1/processes/%00/monitoring", viewer), at({ code: "\u0000" }))).status).toBe(404);
    for (const id of ["0", "abc", "99999999999", "2147483647"]) {
      const response = await postDone(
        call("POST", `/api/v1/processes/NOPE/monitoring/${id}/done`, owner.token, { doneOn: "2026-01-01" }),
        at({ code: "NOPE", id }),
      );
      expect(response.status, id).toBe(404);
    }
  });
});
