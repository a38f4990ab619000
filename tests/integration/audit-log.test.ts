// Browsing the audit log: filters combine, dates are whole UTC days, pages are newest first.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/db/audit";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { makeAuditEvent, makeUser } from "../factories";

/** Events under an entity type no other test uses, so parallel tests cannot disturb the counts. */
async function makeLog() {
  const entityType = `Test${randomUUID().slice(0, 8)}`;
  const alice = await makeUser({ role: "process_owner" });
  const bob = await makeUser({ role: "admin" });
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  await makeAuditEvent({ actorId: alice.id, action: "thing.create", entityType, createdAt: at("2026-01-10") });
  await makeAuditEvent({ actorId: alice.id, action: "thing.update", entityType, createdAt: at("2026-01-11") });
  await makeAuditEvent({ actorId: bob.id, action: "thing.update", entityType, createdAt: at("2026-01-12") });
  await makeAuditEvent({ actorId: null, action: "thing.update", entityType, createdAt: new Date("2026-01-12T23:59:59Z") });
  await makeAuditEvent({ actorId: bob.id, action: "thing.delete", entityType, createdAt: at("2026-01-13") });
  return { entityType, alice, bob };
}

describe("audit log query", () => {
  it("filters by entity type and action, newest first, with the actor", async () => {
    const { entityType, bob } = await makeLog();
    const all = await listAuditEvents({ entityType }, 1, 50);
    expect(all.total).toBe(5);
    expect(all.events.map((e) => e.action)).toEqual(["thing.delete", "thing.update", "thing.update", "thing.update", "thing.create"]);
    expect(all.events[0]?.actor?.email).toBe(bob.email);
    const updates = await listAuditEvents({ entityType, action: "thing.update" }, 1, 50);
    expect(updates.total).toBe(3);
  });

  it("filters by part of the actor's email, in any case", async () => {
    const { entityType, alice } = await makeLog();
    const mine = await listAuditEvents({ entityType, actor: alice.email.toUpperCase().slice(0, 13) }, 1, 50);
    expect(mine.events.map((e) => e.action)).toEqual(["thing.update", "thing.create"]);
  });

  it("filters by an inclusive date range of whole days", async () => {
    const { entityType } = await makeLog();
    const range = await listAuditEvents({ entityType, from: "2026-01-11", to: "2026-01-12" }, 1, 50);
    expect(range.total).toBe(3);
    expect((await listAuditEvents({ entityType, from: "2026-01-13" }, 1, 50)).total).toBe(1);
    expect((await listAuditEvents({ entityType, to: "2026-01-10" }, 1, 50)).total).toBe(1);
  });

  it("paginates without overlap", async () => {
    const { entityType } = await makeLog();
    const first = await listAuditEvents({ entityType }, 1, 2);
    const second = await listAuditEvents({ entityType }, 2, 2);
    const third = await listAuditEvents({ entityType }, 3, 2);
    expect([first.total, first.events.length, second.events.length, third.events.length]).toEqual([5, 2, 2, 1]);
    const ids = [...first.events, ...second.events, ...third.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(5);
  });

  it("reads filters from the query string, ignoring blank and malformed values", () => {
    expect(auditFilterSchema.parse({ entityType: " Process ", action: "", actor: "ann", from: "2026-02-30x", to: "2026-03-01", page: "2" })).toEqual({
      entityType: "Process",
      action: undefined,
      actor: "ann",
      from: undefined,
      to: "2026-03-01",
      page: 2,
    });
    expect(auditFilterSchema.parse({ page: "-4" }).page).toBe(1);
  });
});
