// Coordination mechanisms: part of documenting a process, so its owner (and admins) create, edit
// and retire them; optimistic concurrency, audited, never deleted.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getProcessDetail } from "@/lib/db/processes";
import { changeCoordination, createCoordinationFor } from "@/lib/services/coordination";
import { makeProcess, makeUser, newCode } from "../factories";
import { refusalOf, valueOf } from "./results";

const base = (process: string) => ({
  code: newCode("CM"),
  name: "Release reference group",
  kind: "reference_group",
  purpose: "Business heads review the release calendar.",
  cadence: "Monthly",
  participants: ["Heads of Sales and Trading", " ", "Release manager"],
  process,
});

describe("coordination mechanisms", () => {
  it("lets the process owner create one, shown on the process, with blank participants dropped; audited", async () => {
    const process = await makeProcess();
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const viewer = await makeUser({ role: "viewer" });
    const created = valueOf(await createCoordinationFor(owner, { ...base(process.code), leadEmail: viewer.email }));
    expect(created).toMatchObject({
      process: process.code,
      leadEmail: viewer.email,
      participants: ["Heads of Sales and Trading", "Release manager"],
      version: 1,
    });
    expect((await getProcessDetail(process.code))?.coordination.map((m) => m.code)).toEqual([created.code]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "CoordinationMechanism", entityId: created.code } });
    expect(event).toMatchObject({ action: "coordination.create", actorId: owner.id });
  });

  it("refuses someone else's process, unknown references and a taken code, naming the field", async () => {
    const process = await makeProcess();
    const stranger = await makeUser({ role: "process_owner" });
    expect(refusalOf(await createCoordinationFor(stranger, base(process.code))).kind).toBe("forbidden");
    expect(refusalOf(await createCoordinationFor({ id: stranger.id, role: "board_member" }, base(process.code))).kind).toBe("forbidden");
    const admin = await makeUser({ role: "admin" });
    for (const [change, path] of [
      [{ process: "NO-SUCH-PROCESS" }, "process"],
      [{ leadEmail: "ghost@test.example" }, "leadEmail"],
      [{ kind: "committee" }, "kind"],
      [{ participants: "everyone" }, "participants"],
    ] as const) {
      expect(refusalOf(await createCoordinationFor(admin, { ...base(process.code), ...change })), JSON.stringify(change)).toMatchObject({ errors: [{ path }] });
    }
    const made = valueOf(await createCoordinationFor(admin, base(process.code)));
    expect(refusalOf(await createCoordinationFor(admin, { ...base(process.code), code: made.code })).kind).toBe("conflict");
  });

  it("edits at the version seen (409 when stale), retires and restores; moving it needs both processes", async () => {
    const process = await makeProcess();
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const made = valueOf(await createCoordinationFor(owner, base(process.code)));
    expect(valueOf(await changeCoordination(owner, made.code, { version: 1, cadence: "Quarterly" }))).toMatchObject({ cadence: "Quarterly", version: 2 });
    expect(refusalOf(await changeCoordination(owner, made.code, { version: 1, cadence: "Weekly" })).kind).toBe("conflict");
    const other = await makeProcess();
    expect(refusalOf(await changeCoordination(owner, made.code, { version: 2, process: other.code })).kind).toBe("forbidden");
    expect(valueOf(await changeCoordination(owner, made.code, { version: 2, archived: true }))).toMatchObject({ archived: true });
    expect((await getProcessDetail(process.code))?.coordination).toEqual([]);
    expect(valueOf(await changeCoordination(owner, made.code, { version: 3, archived: false }))).toMatchObject({ archived: false, version: 4 });
    const actions = await db().auditEvent.findMany({ where: { entityType: "CoordinationMechanism", entityId: made.code }, orderBy: { id: "asc" } });
    expect(actions.map((e) => e.action)).toEqual(["coordination.create", "coordination.update", "coordination.retire", "coordination.restore"]);
  });
});
