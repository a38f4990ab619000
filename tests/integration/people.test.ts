// Administrators manage people: roles, deactivation (sessions and tokens stop at once), password
// resets and handing a leaver's things to someone else — each at a version, audited, all or nothing.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getMe } from "@/app/api/v1/me/route";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { recordReading } from "@/lib/services/readings";
import { kpiDefinitionHistory } from "@/lib/services/kpi-definitions";
import { changeAccess, handOverOwnership, ownershipOf, resetPassword } from "@/lib/services/people";
import { lastCompletedPeriod, toIsoDate } from "@/lib/domain/periods";
import { makeApiToken, makeCapability, makeInitiative, makeKpi, makeMonitoringAction, makeProcess, makeUser } from "../factories";
import { refusalOf, valueOf } from "./results";

const me = (token: string) => getMe(new NextRequest("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }), {});
const pathsOf = (refusal: ReturnType<typeof refusalOf>) => (refusal.kind === "invalid" ? refusal.errors.map((error) => error.path) : refusal.kind);

describe("changing someone's access", () => {
  it("changes a role at a version, refuses a stale one and audits the change", async () => {
    const admin = await makeUser({ role: "admin" });
    const person = await makeUser({ role: "viewer" });
    expect(valueOf(await changeAccess(admin, person.email, { version: 1, role: "process_owner" }))).toMatchObject({ role: "process_owner", version: 2 });
    expect(refusalOf(await changeAccess(admin, person.email, { version: 1, role: "board_member" })).kind).toBe("conflict");
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: String(person.id), action: "user.update" } });
    expect(event).toMatchObject({ actorId: admin.id, before: { role: "viewer", version: 1 }, after: { role: "process_owner", version: 2 } });
  });

  it("deactivating stops the person's tokens at once, and reactivating does not bring them back", async () => {
    const admin = await makeUser({ role: "admin" });
    const person = await makeUser({ role: "process_owner" });
    const token = await makeApiToken(person.id);
    expect((await me(token)).status).toBe(200);
    valueOf(await changeAccess(admin, person.email.toUpperCase(), { version: 1, active: false }));
    expect((await me(token)).status).toBe(401);
    expect(await db().apiToken.count({ where: { userId: person.id, revokedAt: null } })).toBe(0);
    expect((await db().auditEvent.findFirstOrThrow({ where: { entityId: String(person.id), action: "user.deactivate" } })).after).toMatchObject({
      active: false,
      tokensRevoked: 1,
    });
    valueOf(await changeAccess(admin, person.email, { version: 2, active: true }));
    expect((await me(token)).status).toBe(401);
    expect((await me(await makeApiToken(person.id))).status).toBe(200);
  });

  it("never lets administrators lock themselves out, and refuses strangers and empty changes", async () => {
    const admin = await makeUser({ role: "admin" });
    expect(pathsOf(refusalOf(await changeAccess(admin, admin.email, { version: 1, active: false })))).toEqual(["active"]);
    expect(pathsOf(refusalOf(await changeAccess(admin, admin.email, { version: 1, role: "viewer" })))).toEqual(["role"]);
    expect(pathsOf(refusalOf(await changeAccess(admin, admin.email, { version: 1 })))).toEqual(["body"]);
    expect(refusalOf(await changeAccess(admin, "nobody@test.example", { version: 1, role: "viewer" })).kind).toBe("not-found");
    for (const role of ["executive", "process_owner", "board_member", "viewer"] as const) {
      const actor = await makeUser({ role });
      expect(refusalOf(await changeAccess(actor, admin.email, { version: 1, role: "viewer" })).kind, role).toBe("forbidden");
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("resets a password, which then signs in, and keeps neither password nor hash in the audit log", async () => {
    const admin = await makeUser({ role: "admin" });
    const person = await makeUser({ role: "viewer" });
    expect(pathsOf(refusalOf(await resetPassword(admin, person.email, { version: 1, password: "short" })))).toEqual(["password"]);
    valueOf(await resetPassword(admin, person.email, { version: 1, password: "a long new passphrase" }));
    const after = await db().user.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword("a long new passphrase", after.passwordHash)).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: String(person.id), action: "user.password-reset" } });
    expect(JSON.stringify(event)).not.toContain(after.passwordHash);
    expect(JSON.stringify(event)).not.toContain("passphrase");
  });
});

describe("handing a leaver's things over", () => {
  async function leaverWithThings() {
    const leaver = await makeUser({ role: "process_owner" });
    const kpi = await makeKpi({ ownerId: leaver.id });
    const process = await makeProcess({ ownerId: leaver.id });
    const capability = await makeCapability(process.id);
    await db().capability.update({ where: { id: capability.id }, data: { ownerId: leaver.id } });
    const open = await makeInitiative({ ownerId: leaver.id, status: "approved" });
    const done = await makeInitiative({ ownerId: leaver.id, status: "done" });
    const action = await makeMonitoringAction(process.id, leaver.id);
    return { leaver, kpi, process, capability, open, done, action };
  }

  it("previews what would move, writes nothing on a dry run, then moves it all in one step", async () => {
    const admin = await makeUser({ role: "admin" });
    const { leaver, kpi, process, capability, open, done, action } = await leaverWithThings();
    const heir = await makeUser({ role: "process_owner" });

    const preview = valueOf(await ownershipOf(admin, leaver.email)).owns;
    expect(preview).toMatchObject({
      kpis: [{ code: kpi.code }],
      processes: [{ code: process.code }],
      capabilities: [{ code: capability.code }],
      initiatives: [{ id: open.id }],
      monitoring: [{ id: action.id, process: process.code }],
    });
    const dry = valueOf(await handOverOwnership(admin, leaver.email, { toEmail: heir.email, dryRun: true }));
    expect(dry).toMatchObject({ dryRun: true, moved: preview });
    expect((await db().kpi.findUniqueOrThrow({ where: { id: kpi.id } })).ownerId).toBe(leaver.id);

    valueOf(await handOverOwnership(admin, leaver.email, { toEmail: heir.email }));
    expect((await db().kpi.findUniqueOrThrow({ where: { id: kpi.id } })).ownerId).toBe(heir.id);
    expect((await db().process.findUniqueOrThrow({ where: { id: process.id } })).ownerId).toBe(heir.id);
    expect((await db().capability.findUniqueOrThrow({ where: { id: capability.id } })).ownerId).toBe(heir.id);
    expect((await db().initiative.findUniqueOrThrow({ where: { id: open.id } })).ownerId).toBe(heir.id);
    expect((await db().initiative.findUniqueOrThrow({ where: { id: done.id } })).ownerId).toBe(leaver.id);
    expect((await db().monitoringAction.findUniqueOrThrow({ where: { id: action.id } })).accountableId).toBe(heir.id);
    expect(valueOf(await ownershipOf(admin, leaver.email)).owns).toEqual({ kpis: [], processes: [], capabilities: [], initiatives: [], monitoring: [] });

    // The KPI's own definition history says who it went to and why.
    const history = valueOf(await kpiDefinitionHistory(kpi.code));
    expect(JSON.stringify(history)).toContain(`Handed over from ${leaver.email} to ${heir.email}`);
    expect(await db().auditEvent.count({ where: { action: "user.hand-over", entityId: String(leaver.id), actorId: admin.id } })).toBe(1);
  });

  it("refuses an heir who cannot act on what would move, an inactive one and the leaver themself, and moves nothing", async () => {
    const admin = await makeUser({ role: "admin" });
    const { leaver, kpi } = await leaverWithThings();
    const viewer = await makeUser({ role: "viewer" });
    const board = await makeUser({ role: "board_member" });
    const gone = await makeUser({ role: "process_owner", active: false });
    expect(refusalOf(await handOverOwnership(admin, leaver.email, { toEmail: viewer.email }))).toMatchObject({
      errors: [{ path: "toEmail", message: expect.stringMatching(/may not enter the readings of 1 KPIs, document processes/) }],
    });
    expect(refusalOf(await handOverOwnership(admin, leaver.email, { toEmail: board.email }))).toMatchObject({
      errors: [{ path: "toEmail", message: expect.not.stringMatching(/readings/) }],
    });
    expect(pathsOf(refusalOf(await handOverOwnership(admin, leaver.email, { toEmail: gone.email })))).toEqual(["toEmail"]);
    expect(pathsOf(refusalOf(await handOverOwnership(admin, leaver.email, { toEmail: leaver.email })))).toEqual(["toEmail"]);
    expect(pathsOf(refusalOf(await handOverOwnership(admin, leaver.email, { toEmail: "not an email" })))).toEqual(["toEmail"]);
    expect((await db().kpi.findUniqueOrThrow({ where: { id: kpi.id } })).ownerId).toBe(leaver.id);
  });
});

describe("ownership decides readings", () => {
  it("lets an executive enter the readings of a KPI they own, and no other", async () => {
    const cto = await makeUser({ role: "executive" });
    const mine = await makeKpi({ ownerId: cto.id });
    const theirs = await makeKpi();
    const period = toIsoDate(lastCompletedPeriod(new Date(), "monthly"));
    expect(valueOf(await recordReading(cto, mine.code, { period, value: 50, note: "From the finance close" }, "manual"))).toBeTruthy();
    expect(refusalOf(await recordReading(cto, theirs.code, { period, value: 50, note: "x" }, "manual")).kind).toBe("forbidden");
  });
});
