// The organisation through /api/v1: write bodies use the field names reads return and refer to
// other things by code; POST answers 201, a taken code or a stale version 409, refusals are
// problem documents naming the field.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { GET as getFunction, PATCH as patchFunction } from "@/app/api/v1/business-functions/[code]/route";
import { GET as listFunctions, POST as postFunction } from "@/app/api/v1/business-functions/route";
import { GET as getPriority, PATCH as patchPriority } from "@/app/api/v1/priorities/[code]/route";
import { GET as listPriorities, POST as postPriority } from "@/app/api/v1/priorities/route";
import { GET as getChain, PATCH as patchChain } from "@/app/api/v1/value-chains/[code]/route";
import { GET as listChains, POST as postChain } from "@/app/api/v1/value-chains/route";
import { businessFunctionJsonSchema, valueChainJsonSchema } from "@/lib/schemas/organisation";
import { priorityJsonSchema } from "@/lib/schemas/priority";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeUser, newCode } from "../factories";

let manager: string;
let viewer: string;

beforeAll(async () => {
  manager = await makeApiToken((await makeUser({ role: "executive" })).id);
  viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
});

const call = (method: string, path: string, token: string, body?: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
const none = { params: Promise.resolve({}) };
const at = (code: string) => ({ params: Promise.resolve({ code }) });
const problemAt = async (response: Response) => problemSchema.parse(await response.json()).errors?.map((error) => error.path);

describe("/api/v1/value-chains", () => {
  it("creates (201), reads, lists, renames at a version (409 when stale) and refuses viewers", async () => {
    const code = newCode("VC");
    const created = await postChain(call("POST", "/api/v1/value-chains", manager, { code, name: "Wealth", description: "Private banking." }), none);
    expect(created.status).toBe(201);
    expect(z.object({ valueChain: valueChainJsonSchema }).parse(await created.json()).valueChain).toMatchObject({ code, version: 1 });
    expect((await postChain(call("POST", "/api/v1/value-chains", manager, { code, name: "Again" }), none)).status).toBe(409);

    const listed = z
      .object({ valueChains: z.array(valueChainJsonSchema) })
      .parse(await (await listChains(call("GET", "/api/v1/value-chains", viewer), none)).json());
    expect(listed.valueChains.map((chain) => chain.code)).toContain(code);
    expect((await getChain(call("GET", `/api/v1/value-chains/${code}`, viewer), at(code))).status).toBe(200);
    expect((await getChain(call("GET", "/api/v1/value-chains/NOPE", viewer), at("NOPE"))).status).toBe(404);

    const renamed = await patchChain(call("PATCH", `/api/v1/value-chains/${code}`, manager, { version: 1, name: "Wealth management" }), at(code));
    expect(renamed.status).toBe(200);
    expect((await patchChain(call("PATCH", `/api/v1/value-chains/${code}`, manager, { version: 1, name: "Stale" }), at(code))).status).toBe(409);
    expect((await postChain(call("POST", "/api/v1/value-chains", viewer, { code: newCode("VC"), name: "x" }), none)).status).toBe(403);
  });

  it("answers malformed JSON and a wrong code with 4xx problem documents, never 500", async () => {
    const broken = await postChain(call("POST", "/api/v1/value-chains", manager, "{not json"), none);
    expect(broken.status).toBe(422);
    expect(await problemAt(broken)).toEqual(["body"]);
    const lower = await postChain(call("POST", "/api/v1/value-chains", manager, { code: "wealth", name: "x" }), none);
    expect(lower.status).toBe(422);
    expect(await problemAt(lower)).toEqual(["code"]);
  });
});

describe("/api/v1/business-functions", () => {
  it("creates a function in a chain by code, filters by chain, and moves it", async () => {
    const [home, away] = [newCode("VC"), newCode("VC")];
    for (const code of [home, away]) await postChain(call("POST", "/api/v1/value-chains", manager, { code, name: code }), none);
    const code = newCode("FN");
    const created = await postFunction(call("POST", "/api/v1/business-functions", manager, { code, name: "Mortgages", valueChain: home }), none);
    expect(created.status).toBe(201);
    const unknownChain = await postFunction(call("POST", "/api/v1/business-functions", manager, { code: newCode("FN"), name: "x", valueChain: "NOPE" }), none);
    expect(unknownChain.status).toBe(422);
    expect(await problemAt(unknownChain)).toEqual(["valueChain"]);

    const inHome = z
      .object({ businessFunctions: z.array(businessFunctionJsonSchema) })
      .parse(await (await listFunctions(call("GET", `/api/v1/business-functions?valueChain=${home}`, viewer), none)).json());
    expect(inHome.businessFunctions.map((fn) => fn.code)).toEqual([code]);
    expect((await listFunctions(call("GET", "/api/v1/business-functions?valueChain=%00", viewer), none)).status).toBe(422);

    const moved = await patchFunction(call("PATCH", `/api/v1/business-functions/${code}`, manager, { version: 1, valueChain: away }), at(code));
    expect(z.object({ businessFunction: businessFunctionJsonSchema }).parse(await moved.json()).businessFunction).toMatchObject({
      valueChain: away,
      version: 2,
    });
    expect((await getFunction(call("GET", `/api/v1/business-functions/${code}`, viewer), at(code))).status).toBe(200);
    expect((await patchFunction(call("PATCH", `/api/v1/business-functions/${code}`, manager, { version: 1, name: "Stale" }), at(code))).status).toBe(409);
  });
});

describe("/api/v1/priorities", () => {
  it("creates a firm-wide priority, ends it from today by PATCH, and refuses a change to its past", async () => {
    const code = newCode("PRI");
    const created = await postPriority(call("POST", "/api/v1/priorities", manager, { code, title: "Resilience", weight: 0.3, startsOn: "2025-01-01" }), none);
    expect(created.status).toBe(201);
    expect(z.object({ priority: priorityJsonSchema }).parse(await created.json()).priority).toMatchObject({ code, businessFunction: null, inForce: true });

    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const ended = await patchPriority(call("PATCH", `/api/v1/priorities/${code}`, manager, { version: 1, endsOn: yesterday }), at(code));
    expect(z.object({ priority: priorityJsonSchema }).parse(await ended.json()).priority).toMatchObject({ endsOn: yesterday, inForce: false, version: 2 });
    const rewrite = await patchPriority(call("PATCH", `/api/v1/priorities/${code}`, manager, { version: 2, startsOn: "2025-06-01" }), at(code));
    expect(rewrite.status).toBe(422);
    expect(await problemAt(rewrite)).toEqual(["startsOn"]);

    const listed = z
      .object({ priorities: z.array(priorityJsonSchema) })
      .parse(await (await listPriorities(call("GET", "/api/v1/priorities", viewer), none)).json());
    expect(listed.priorities.find((priority) => priority.code === code)).toMatchObject({ endsOn: yesterday });
    expect((await getPriority(call("GET", "/api/v1/priorities/NOPE", viewer), at("NOPE"))).status).toBe(404);
    expect((await patchPriority(call("PATCH", `/api/v1/priorities/${code}`, viewer, { version: 2, weight: 1 }), at(code))).status).toBe(403);
  });
});
