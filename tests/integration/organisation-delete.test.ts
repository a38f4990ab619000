// Deleting a value chain or business function set up by mistake: only while nothing refers to it
// (what does is history), at the version last seen, audited; everything else is a 409 saying why.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { DELETE as deleteFunctionRoute } from "@/app/api/v1/business-functions/[code]/route";
import { db } from "@/lib/db/client";
import { createBusinessFunctionFor, deleteBusinessFunction, updateBusinessFunction } from "@/lib/services/business-functions";
import { recordDemandProfile } from "@/lib/services/demand-profiles";
import { createValueChainFor, deleteValueChain } from "@/lib/services/value-chains";
import { makeApiToken, makeUser, newCode } from "../factories";
import { refusalOf, valueOf } from "./results";

const profile = {
  effectiveFrom: "2025-01-01",
  controlFlexibility: 40,
  riskTolerance: "low",
  availabilityNeed: "high",
  changeCadence: "monthly",
  users: 100,
  transactionsPerDay: 1000,
  targetExploreShare: 20,
  rationale: "First profile",
};

describe("deleting what was set up by mistake", () => {
  it("deletes an empty chain and an unused function at their version, audited; refuses them while in use", async () => {
    const cto = await makeUser({ role: "executive" });
    const chain = valueOf(await createValueChainFor(cto, { code: newCode("VC"), name: "Typo chain" }));
    const fn = valueOf(await createBusinessFunctionFor(cto, { code: newCode("BF"), name: "Typo function", valueChain: chain.code }));
    const profiled = valueOf(await createBusinessFunctionFor(cto, { code: newCode("BF"), name: "Profiled", valueChain: chain.code }));
    expect(refusalOf(await deleteValueChain(cto, chain.code, { version: 1 }))).toMatchObject({ kind: "conflict", message: expect.stringContaining(fn.code) });
    valueOf(await recordDemandProfile(cto, profiled.code, profile));
    expect(refusalOf(await deleteBusinessFunction(cto, profiled.code, { version: 1 }))).toMatchObject({
      kind: "conflict",
      message: expect.stringContaining("1 demand profile"),
    });
    expect(refusalOf(await deleteBusinessFunction(cto, fn.code, { version: 2 })).kind).toBe("conflict");
    expect(valueOf(await deleteBusinessFunction(cto, fn.code, { version: 1 }))).toEqual({ deleted: fn.code });
    // The profiled function stays, so its chain does; with a chain of its own, the empty one goes.
    const other = valueOf(await createValueChainFor(cto, { code: newCode("VC"), name: "Other" }));
    valueOf(await updateBusinessFunction(cto, profiled.code, { version: 1, valueChain: other.code }));
    expect(valueOf(await deleteValueChain(cto, chain.code, { version: 1 }))).toEqual({ deleted: chain.code });
    expect(await db().valueChain.count({ where: { code: chain.code } })).toBe(0);
    const events = await db().auditEvent.findMany({ where: { entityId: { in: [chain.code, fn.code] }, action: { endsWith: ".delete" } } });
    expect(events.map((event) => event.action).sort()).toEqual(["business-function.delete", "value-chain.delete"]);
  });

  it("over HTTP: needs ?version, answers 404 for unknown codes and 403 for viewers", async () => {
    const cto = await makeApiToken((await makeUser({ role: "executive" })).id);
    const viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
    const call = (path: string, token: string) =>
      new NextRequest(`http://localhost${path}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    const at = (code: string) => ({ params: Promise.resolve({ code }) });
    expect((await deleteFunctionRoute(call("/api/v1/business-functions/NOPE", cto), at("NOPE"))).status).toBe(422);
    expect((await deleteFunctionRoute(call("/api/v1/business-functions/NOPE?version=1", cto), at("NOPE"))).status).toBe(404);
    expect((await deleteFunctionRoute(call("/api/v1/business-functions/NOPE?version=1", viewer), at("NOPE"))).status).toBe(403);
  });
});
