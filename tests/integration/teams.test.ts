// Teams: set up by admins and the CTO, members by email (one team per person: adding someone moves
// them, and both teams' versions move on), optimistic concurrency, audited, archived once empty.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changeTeam, createTeamFor } from "@/lib/services/teams";
import { makeUser, newCode } from "../factories";
import { refusalOf, valueOf } from "./results";

const teamOf = async (userId: number) =>
  (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { team: { select: { code: true } } } })).team?.code;

describe("teams", () => {
  it("creates a team with members, audited; a member of another team moves and that team's version moves on", async () => {
    const cto = await makeUser({ role: "executive" });
    const [ana, ben] = [await makeUser({ role: "process_owner" }), await makeUser({ role: "viewer" })];
    const first = valueOf(await createTeamFor(cto, { code: newCode("TEAM"), name: "Run", stream: "exploit", members: [ana.email, ben.email.toUpperCase()] }));
    expect(first.members.map((m) => m.email).sort()).toEqual([ana.email, ben.email].sort());
    const second = valueOf(await createTeamFor(cto, { code: newCode("TEAM"), name: "Lab", stream: "explore", members: [ben.email] }));
    expect([await teamOf(ana.id), await teamOf(ben.id)]).toEqual([first.code, second.code]);
    const before = await db().team.findUniqueOrThrow({ where: { code: first.code } });
    expect(before.version).toBe(2);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Team", entityId: second.code } });
    expect(event).toMatchObject({ action: "team.create", actorId: cto.id, after: { code: second.code, movedFrom: [first.code] } });
  });

  it("replaces the member list at the version seen and refuses a stale one (409) without saving", async () => {
    const admin = await makeUser({ role: "admin" });
    const [ana, ben] = [await makeUser({ role: "process_owner" }), await makeUser({ role: "process_owner" })];
    const team = valueOf(await createTeamFor(admin, { code: newCode("TEAM"), name: "Ops", stream: "exploit", members: [ana.email] }));
    const changed = valueOf(await changeTeam(admin, team.code, { version: 1, name: "Operations", members: [ben.email] }));
    expect(changed).toMatchObject({ name: "Operations", version: 2, members: [{ email: ben.email }] });
    expect(await teamOf(ana.id)).toBeUndefined();
    expect(refusalOf(await changeTeam(admin, team.code, { version: 1, name: "Lost" }))).toMatchObject({ kind: "conflict" });
    expect((await db().team.findUniqueOrThrow({ where: { code: team.code } })).name).toBe("Operations");
  });

  it("names each member that is not an active user, and writes nothing", async () => {
    const admin = await makeUser({ role: "admin" });
    const leaver = await makeUser({ role: "process_owner", active: false });
    const ana = await makeUser({ role: "process_owner" });
    const code = newCode("TEAM");
    const refusal = refusalOf(await createTeamFor(admin, { code, name: "X", stream: "explore", members: [ana.email, "ghost@test.example", leaver.email] }));
    expect(refusal).toMatchObject({ kind: "invalid", errors: [{ path: "members[1]" }, { path: "members[2]" }] });
    expect([await db().team.count({ where: { code } }), await teamOf(ana.id)]).toEqual([0, undefined]);
    for (const [body, path] of [
      [{ stream: "both" }, "stream"],
      [{ members: [ana.email, ana.email] }, "members"],
      [{ code: "x" }, "code"],
    ] as const) {
      expect(refusalOf(await createTeamFor(admin, { code: newCode("TEAM"), name: "X", stream: "exploit", ...body })), JSON.stringify(body)).toMatchObject({
        errors: [{ path }],
      });
    }
  });

  it("archives a team only once it is empty, and restores it", async () => {
    const admin = await makeUser({ role: "admin" });
    const ana = await makeUser({ role: "process_owner" });
    const team = valueOf(await createTeamFor(admin, { code: newCode("TEAM"), name: "Lab", stream: "explore", members: [ana.email] }));
    expect(refusalOf(await changeTeam(admin, team.code, { version: 1, archived: true }))).toMatchObject({
      errors: [{ path: "archived", message: expect.stringContaining("1 member") }],
    });
    expect(valueOf(await changeTeam(admin, team.code, { version: 1, members: [], archived: true }))).toMatchObject({ archived: true, members: [] });
    expect(refusalOf(await changeTeam(admin, team.code, { version: 2, name: "While archived" }))).toMatchObject({ errors: [{ path: "archived" }] });
    expect(valueOf(await changeTeam(admin, team.code, { version: 2, archived: false }))).toMatchObject({ archived: false, version: 3 });
  });

  it("is for admins and executives; others are refused, unknown codes are 404", async () => {
    for (const role of ["process_owner", "board_member", "viewer"] as const) {
      const actor = await makeUser({ role });
      expect(refusalOf(await createTeamFor(actor, { code: newCode("TEAM"), name: "X", stream: "exploit" })).kind, role).toBe("forbidden");
    }
    const admin = await makeUser({ role: "admin" });
    expect(refusalOf(await changeTeam(admin, "NO-SUCH-TEAM", { version: 1, name: "X" })).kind).toBe("not-found");
    expect(refusalOf(await changeTeam(admin, "%zz", { version: 1, name: "X" })).kind).toBe("not-found");
  });
});
