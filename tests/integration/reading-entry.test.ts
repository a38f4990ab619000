// Entering a reading as the form and the API both do (recordReading): who may, which rules hold,
// what a correction needs, what is written to the audit log, and how reminders count.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countOverdueKpis, listKpisByDue } from "@/lib/db/overdue";
import { recordReading } from "@/lib/services/readings";
import { outcome, refusalOf } from "./results";
import { makeKpiOwnedBy, makeReading, makeUser } from "../factories";

const today = new Date("2026-11-23T10:00:00Z");
const owner = () => makeUser({ role: "process_owner" });

describe("recordReading", () => {
  it("the owner enters a reading; it is stored with source and who, and audited", async () => {
    const user = await owner();
    const kpi = await makeKpiOwnedBy(user.id);
    const result = await recordReading(user, kpi.code, { period: "2026-10-01", value: "96.5", note: " fine " }, "manual", today);
    expect(result).toMatchObject({
      ok: true,
      value: { change: "created", correction: false, reading: { value: 96.5, note: "fine", version: 1, source: "manual", enteredById: user.id } },
    });
    const audit = await db().auditEvent.findMany({ where: { entityType: "Reading", actorId: user.id } });
    expect(audit.map((event) => event.action)).toEqual(["reading.create"]);
  });

  it("a second value for the period asks for a reason, then creates version 2 and keeps version 1", async () => {
    const user = await owner();
    const kpi = await makeKpiOwnedBy(user.id);
    await recordReading(user, kpi.code, { period: "2026-10-01", value: 96 }, "manual", today);
    const refused = await recordReading(user, kpi.code, { period: "2026-10-01", value: 97, reason: "   " }, "manual", today);
    expect(refusalOf(refused)).toMatchObject({ kind: "invalid" });
    expect(!refused.ok && refused.refusal.kind === "invalid" && refused.refusal.errors).toEqual([
      {
        path: "reason",
        message: expect.stringMatching(new RegExp(`reading of 96% entered by ${user.name} on \\d{4}-\\d{2}-\\d{2}: give a reason for the correction`)),
      },
    ]);
    const corrected = await recordReading(user, kpi.code, { period: "2026-10-01", value: 97, reason: "late tickets" }, "manual", today);
    expect(corrected).toMatchObject({ ok: true, value: { change: "created", correction: true, reading: { version: 2, reason: "late tickets" } } });
    const versions = await db().reading.findMany({ where: { kpiId: kpi.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.value])).toEqual([
      [1, 96],
      [2, 97],
    ]);
    const audit = await db().auditEvent.findMany({ where: { entityType: "Reading", actorId: user.id }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["reading.create", "reading.correct"]);
  });

  it("the same value and note again is unchanged and writes nothing", async () => {
    const user = await owner();
    const kpi = await makeKpiOwnedBy(user.id);
    await recordReading(user, kpi.code, { period: "2026-10-01", value: 96, note: "n" }, "api", today);
    expect(await recordReading(user, kpi.code, { period: "2026-10-01", value: 96, note: "n" }, "api", today)).toMatchObject({
      ok: true,
      value: { change: "unchanged" },
    });
    expect(await db().reading.count({ where: { kpiId: kpi.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityType: "Reading", actorId: user.id } })).toBe(1);
  });

  it("refuses a period that does not fit the frequency, a future one, and a red value without a note, all at once", async () => {
    const user = await owner();
    const weekly = await makeKpiOwnedBy(user.id, "weekly");
    const notMonday = await recordReading(user, weekly.code, { period: "2026-11-17", value: 50 }, "manual", today);
    const notMondayRefusal = refusalOf(notMonday);
    expect(notMondayRefusal.kind === "invalid" && notMondayRefusal.errors.map((e) => e.path)).toEqual(["period", "note"]);
    const future = await recordReading(user, weekly.code, { period: "2026-11-30", value: 96 }, "manual", today);
    const futureRefusal = refusalOf(future);
    expect(futureRefusal.kind === "invalid" && futureRefusal.errors[0]?.message).toMatch(/in the future/);
    const red = await recordReading(user, weekly.code, { period: "2026-11-16", value: 50, note: "outage on the 18th" }, "manual", today);
    expect(red).toMatchObject({ ok: true, value: { change: "created" } });
    expect(await db().reading.count({ where: { kpiId: weekly.id } })).toBe(1);
  });

  it("names the unit in a value error", async () => {
    const user = await owner();
    const kpi = await makeKpiOwnedBy(user.id);
    const result = await recordReading(user, kpi.code, { period: "2026-10-01", value: "ninety" }, "manual", today);
    expect(refusalOf(result)).toEqual({ kind: "invalid", message: expect.any(String), errors: [{ path: "value", message: "Value must be a number (in %)" }] });
  });

  it("refuses other owners, viewers, executives and board members; admins may write any KPI", async () => {
    const kpi = await makeKpiOwnedBy((await owner()).id);
    for (const role of ["process_owner", "viewer", "executive", "board_member"] as const) {
      const result = await recordReading(await makeUser({ role }), kpi.code, { period: "2026-10-01", value: 96 }, "manual", today);
      expect(refusalOf(result)).toEqual({ kind: "forbidden", message: "You do not have permission to enter readings for this KPI." });
    }
    expect(await recordReading(await makeUser({ role: "admin" }), kpi.code, { period: "2026-10-01", value: 96 }, "manual", today)).toMatchObject({
      ok: true,
      value: { change: "created" },
    });
    expect(outcome(await recordReading(await makeUser({ role: "admin" }), "NO-SUCH", { period: "2026-10-01", value: 96 }, "manual", today))).toBe("not-found");
  });
});

describe("reminders", () => {
  it("lists an owner's KPIs overdue first and counts the overdue ones", async () => {
    const user = await owner();
    const upToDate = await makeKpiOwnedBy(user.id);
    const overdue = await makeKpiOwnedBy(user.id);
    const quarterly = await makeKpiOwnedBy(user.id, "quarterly");
    await makeReading(upToDate.id, "2026-10-01", 96);
    await makeReading(overdue.id, "2026-08-01", 80);
    await makeReading(quarterly.id, "2026-07-01", 96);

    const listed = await listKpisByDue(user.id, today);
    const [first, ...rest] = listed;
    expect([first?.code, first?.due.state, first?.status]).toEqual([overdue.code, "overdue", "red"]);
    expect(rest.map((kpi) => [kpi.due.state, kpi.status])).toEqual([
      ["up-to-date", "green"],
      ["up-to-date", "green"],
    ]);
    expect(await countOverdueKpis(user.id, today)).toBe(1);
    expect(await countOverdueKpis(null, today)).toBeGreaterThanOrEqual(1);
  });
});
