// Capabilities: created and developed by their owner, the owner of the process that needs them or
// an admin (all or nothing, with optimistic concurrency and an audit event in the same
// transaction), archived rather than deleted, and assessed over time so maturity has a history.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { assessCapability, changeCapability, createCapabilityFor } from "@/lib/services/capabilities";
import { makeCapability, makeKpiWith, makeProcess, makeUser, newCode } from "../factories";
import { refusalOf, valueOf } from "./results";

const today = () => utcDay(new Date());
const assessment = (level: number, assessedOn = toIsoDate(today())) => ({ assessedOn, level, assessor: "Internal audit", evidence: "Walkthrough and sample." });

describe("creating a capability", () => {
  it("creates it for a process with an owner, not yet assessed, and audits it", async () => {
    const admin = await makeUser({ role: "admin" });
    const process = await makeProcess();
    const owner = await makeUser({ role: "process_owner" });
    const code = newCode("CAP");
    const created = valueOf(
      await createCapabilityFor(admin, {
        code,
        name: "Release automation",
        kind: "technology",
        targetMaturity: 4,
        process: process.code,
        ownerEmail: owner.email,
      }),
    );
    expect(created).toMatchObject({
      code,
      kind: "technology",
      targetMaturity: 4,
      currentMaturity: null,
      lastAssessedOn: null,
      process: process.code,
      ownerEmail: owner.email,
      kpis: [],
      archived: false,
      version: 1,
    });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Capability", entityId: code } });
    expect(event).toMatchObject({ action: "capability.create", actorId: admin.id, after: { code, process: process.code } });
  });

  it("refuses a taken code (409) and names the field of every bad value", async () => {
    const admin = await makeUser({ role: "admin" });
    const existing = await makeCapability();
    const viewer = await makeUser({ role: "viewer" });
    const base = { code: newCode("CAP"), name: "X", kind: "people", targetMaturity: 3 };
    expect(refusalOf(await createCapabilityFor(admin, { ...base, code: existing.code }))).toMatchObject({ kind: "conflict" });
    for (const [change, field] of [
      [{ targetMaturity: 6 }, "targetMaturity"],
      [{ targetMaturity: 2.5 }, "targetMaturity"],
      [{ kind: "tooling" }, "kind"],
      [{ process: "NO-SUCH-PROCESS" }, "process"],
      [{ ownerEmail: "nobody@test.example" }, "ownerEmail"],
      [{ ownerEmail: viewer.email }, "ownerEmail"],
      [{ code: "lower" }, "code"],
    ] as const) {
      expect(refusalOf(await createCapabilityFor(admin, { ...base, ...change })), JSON.stringify(change)).toMatchObject({
        kind: "invalid",
        errors: [{ path: field }],
      });
    }
    expect(await db().capability.count({ where: { code: base.code } })).toBe(0);
  });

  it("lets a process owner create one only for their own process or with themselves as owner", async () => {
    const process = await makeProcess();
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const other = await makeProcess();
    const base = { name: "Skills", kind: "people", targetMaturity: 3 };
    valueOf(await createCapabilityFor(owner, { ...base, code: newCode("CAP"), process: process.code }));
    valueOf(
      await createCapabilityFor(owner, { ...base, code: newCode("CAP"), ownerEmail: (await db().user.findUniqueOrThrow({ where: { id: owner.id } })).email }),
    );
    expect(refusalOf(await createCapabilityFor(owner, { ...base, code: newCode("CAP"), process: other.code }))).toMatchObject({ kind: "forbidden" });
    const board = await makeUser({ role: "board_member" });
    expect(refusalOf(await createCapabilityFor(board, { ...base, code: newCode("CAP") }))).toMatchObject({ kind: "forbidden" });
  });
});

describe("who may point a capability where", () => {
  it("keeps a process owner from taking another's capability or attaching one to someone else's process", async () => {
    const process = await makeProcess();
    const processOwner = { id: process.ownerId, role: "process_owner" as const };
    const colleague = await makeUser({ role: "process_owner" });
    const capability = await makeCapability(process.id, colleague.id);
    const ownEmail = (await db().user.findUniqueOrThrow({ where: { id: processOwner.id } })).email;
    // The process owner may edit it, but not make themselves its owner instead of the colleague…
    valueOf(await changeCapability(processOwner, capability.code, { version: 1, name: "Renamed by the process owner" }));
    expect(refusalOf(await changeCapability(processOwner, capability.code, { version: 2, ownerEmail: ownEmail })).kind).toBe("forbidden");
    // …while the colleague, who owns it, may hand it on.
    const other = await makeUser({ role: "process_owner" });
    valueOf(await changeCapability({ id: colleague.id, role: "process_owner" }, capability.code, { version: 2, ownerEmail: other.email }));
    // Nobody attaches a capability to a process they do not own.
    const elsewhere = await makeProcess();
    const base = { code: newCode("CAP"), name: "Mine", kind: "people", targetMaturity: 3, ownerEmail: colleague.email };
    expect(refusalOf(await createCapabilityFor({ id: colleague.id, role: "process_owner" }, { ...base, process: elsewhere.code })).kind).toBe("forbidden");
  });
});

describe("changing a capability", () => {
  it("changes what is sent at the version seen, and refuses a stale version (409) without saving", async () => {
    const admin = await makeUser({ role: "admin" });
    const capability = await makeCapability();
    const changed = valueOf(await changeCapability(admin, capability.code, { version: 1, name: "Renamed", targetMaturity: 5 }));
    expect(changed).toMatchObject({ name: "Renamed", targetMaturity: 5, version: 2, currentMaturity: 2 });
    expect(refusalOf(await changeCapability(admin, capability.code, { version: 1, name: "Lost" }))).toMatchObject({ kind: "conflict" });
    expect((await db().capability.findUniqueOrThrow({ where: { id: capability.id } })).name).toBe("Renamed");
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Capability", entityId: capability.code, action: "capability.update" } });
    expect(event).toMatchObject({ before: { name: "Test capability" }, after: { name: "Renamed", version: 2 } });
  });

  it("gives one of two concurrent saves of one version a 409, never an error", async () => {
    const admin = await makeUser({ role: "admin" });
    const capability = await makeCapability();
    const results = await Promise.all(["A", "B"].map((name) => changeCapability(admin, capability.code, { version: 1, name })));
    expect(results.map((result) => (result.ok ? "ok" : result.refusal.kind)).sort()).toEqual(["conflict", "ok"]);
  });

  it("moves it to another process and owner, but a process owner may not give it out of their reach", async () => {
    const process = await makeProcess();
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const capability = await makeCapability(process.id);
    const other = await makeProcess();
    expect(refusalOf(await changeCapability(owner, capability.code, { version: 1, process: other.code }))).toMatchObject({ kind: "forbidden" });
    const admin = await makeUser({ role: "admin" });
    expect(valueOf(await changeCapability(admin, capability.code, { version: 1, process: other.code, ownerEmail: null }))).toMatchObject({
      process: other.code,
      ownerEmail: null,
    });
    // Now it belongs to another process: its former process owner may not touch it.
    expect(refusalOf(await changeCapability(owner, capability.code, { version: 2, name: "Mine" }))).toMatchObject({ kind: "forbidden" });
  });

  it("archives it only once no live KPI measures it, keeps its assessments, and restores it", async () => {
    const admin = await makeUser({ role: "admin" });
    const capability = await makeCapability();
    const kpi = await makeKpiWith({ layer: "capability", capabilityId: capability.id });
    expect(refusalOf(await changeCapability(admin, capability.code, { version: 1, archived: true }))).toMatchObject({
      kind: "invalid",
      errors: [{ path: "archived", message: expect.stringContaining(kpi.code) }],
    });
    await db().kpi.update({ where: { id: kpi.id }, data: { archivedAt: new Date() } });
    expect(valueOf(await changeCapability(admin, capability.code, { version: 1, archived: true }))).toMatchObject({ archived: true, version: 2 });
    expect(refusalOf(await changeCapability(admin, capability.code, { version: 2, name: "While archived" }))).toMatchObject({ errors: [{ path: "archived" }] });
    expect(refusalOf(await assessCapability(admin, capability.code, assessment(3)))).toMatchObject({ kind: "invalid" });
    expect(valueOf(await changeCapability(admin, capability.code, { version: 2, archived: false }))).toMatchObject({ archived: false, currentMaturity: 2 });
    const actions = await db().auditEvent.findMany({ where: { entityType: "Capability", entityId: capability.code }, orderBy: { id: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["capability.archive", "capability.restore"]);
  });

  it("answers 404 for an unknown or malformed code and 422 for an empty change", async () => {
    const admin = await makeUser({ role: "admin" });
    const capability = await makeCapability();
    expect(refusalOf(await changeCapability(admin, "NO-SUCH", { version: 1, name: "X" }))).toMatchObject({ kind: "not-found" });
    expect(refusalOf(await changeCapability(admin, "bad code", { version: 1, name: "X" }))).toMatchObject({ kind: "not-found" });
    expect(refusalOf(await changeCapability(admin, capability.code, { version: 1 }))).toMatchObject({ kind: "invalid", errors: [{ path: "body" }] });
    expect(refusalOf(await changeCapability(admin, capability.code, { version: 1, currentMaturity: 5 }))).toMatchObject({ kind: "invalid" });
  });
});

describe("assessing maturity", () => {
  it("records assessments over time; the current maturity is the latest day's, a same-day one corrects it", async () => {
    const process = await makeProcess();
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const capability = await makeCapability(process.id);
    const first = valueOf(await assessCapability(owner, capability.code, assessment(3, toIsoDate(addDays(today(), -30)))));
    expect(first.capability).toMatchObject({ currentMaturity: 3, lastAssessedOn: toIsoDate(addDays(today(), -30)) });
    expect(first.assessment).toMatchObject({ level: 3, assessor: "Internal audit", recordedBy: expect.any(String) });
    // An older assessment recorded now does not change the current maturity.
    const older = valueOf(await assessCapability(owner, capability.code, assessment(1, toIsoDate(addDays(today(), -200)))));
    expect(older.capability.currentMaturity).toBe(3);
    const corrected = valueOf(await assessCapability(owner, capability.code, assessment(4, toIsoDate(addDays(today(), -30)))));
    expect(corrected.capability.currentMaturity).toBe(4);
    expect(await db().maturityAssessment.count({ where: { capabilityId: capability.id } })).toBe(4);
    expect(await db().auditEvent.count({ where: { entityType: "Capability", entityId: capability.code, action: "capability.assess" } })).toBe(3);
  });

  it("refuses a future date, a level outside 1–5 and missing evidence, naming the field; others may not assess", async () => {
    const admin = await makeUser({ role: "admin" });
    const capability = await makeCapability();
    for (const [change, field] of [
      [{ assessedOn: toIsoDate(addDays(today(), 1)) }, "assessedOn"],
      [{ assessedOn: "2026-02-30" }, "assessedOn"],
      [{ level: 0 }, "level"],
      [{ level: 6 }, "level"],
      [{ evidence: "  " }, "evidence"],
      [{ assessor: "" }, "assessor"],
    ] as const) {
      expect(refusalOf(await assessCapability(admin, capability.code, { ...assessment(3), ...change })), JSON.stringify(change)).toMatchObject({
        kind: "invalid",
        errors: [{ path: field }],
      });
    }
    const stranger = await makeUser({ role: "process_owner" });
    expect(refusalOf(await assessCapability(stranger, capability.code, assessment(3)))).toMatchObject({ kind: "forbidden" });
    expect(refusalOf(await assessCapability({ id: stranger.id, role: "executive" }, capability.code, assessment(3)))).toMatchObject({ kind: "forbidden" });
  });

  it("keeps assessments append-only in the database", async () => {
    const capability = await makeCapability();
    await expect(db().maturityAssessment.updateMany({ where: { capabilityId: capability.id }, data: { level: 5 } })).rejects.toThrow();
    await expect(db().maturityAssessment.deleteMany({ where: { capabilityId: capability.id } })).rejects.toThrow();
  });
});
