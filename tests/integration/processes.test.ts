// Processes: created by those who appoint owners, documented by their owner (all or nothing, with
// optimistic concurrency and an audit event in the same transaction), monitored by whoever is
// accountable for each action.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getProcessDetail } from "@/lib/db/processes";
import { addDays, toIsoDate, utcDay } from "@/lib/domain/periods";
import { changeProcess, createProcessFor, logMonitoringDone } from "@/lib/services/processes";
import { makeKpiWith, makeMonitoringAction, makeProcess, makeUser, newCode } from "../factories";
import { refusalOf, valueOf } from "./results";

type Made = Awaited<ReturnType<typeof makeProcess>>;

const ownerOf = (process: Made) => ({ id: process.ownerId, role: "process_owner" as const });
const stepNames = async (processId: number) =>
  (await db().processStep.findMany({ where: { processId }, orderBy: { position: "asc" } })).map((step) => step.name);
const emailOf = async (id: number) => (await db().user.findUniqueOrThrow({ where: { id } })).email;
const today = () => utcDay(new Date());

describe("creating a process", () => {
  it("creates it with its owner, for an executive, and audits it", async () => {
    const cto = await makeUser({ role: "executive" });
    const owner = await makeUser({ role: "process_owner" });
    const code = newCode("PRC");
    const created = valueOf(
      await createProcessFor(cto, { code, name: "Release management", kind: "exploit", framework: "ITIL 4", ownerEmail: owner.email.toUpperCase() }),
    );
    expect(created).toMatchObject({
      code,
      name: "Release management",
      kind: "exploit",
      framework: "ITIL 4",
      owner: { email: owner.email },
      steps: [],
      monitoring: [],
      version: 1,
    });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityType: "Process", entityId: code } });
    expect(event).toMatchObject({ action: "process.create", actorId: cto.id, after: { code, owner: { email: owner.email } } });
  });

  it("refuses a taken code (409), an unknown or inactive owner and a wrong kind, naming the field", async () => {
    const admin = await makeUser({ role: "admin" });
    const existing = await makeProcess();
    const owner = await makeUser({ role: "process_owner" });
    const leaver = await makeUser({ role: "process_owner", active: false });
    const base = { code: newCode("PRC"), name: "X", kind: "explore", ownerEmail: owner.email };
    expect(refusalOf(await createProcessFor(admin, { ...base, code: existing.code }))).toMatchObject({ kind: "conflict" });
    for (const [change, field] of [
      [{ ownerEmail: leaver.email }, "ownerEmail"],
      [{ ownerEmail: "nobody@test.example" }, "ownerEmail"],
      [{ kind: "run" }, "kind"],
      [{ code: "lower" }, "code"],
      [{ name: " " }, "name"],
    ] as const) {
      expect(refusalOf(await createProcessFor(admin, { ...base, ...change })), JSON.stringify(change)).toMatchObject({
        kind: "invalid",
        errors: [{ path: field }],
      });
    }
    expect(await db().process.count({ where: { code: base.code } })).toBe(0);
  });

  it("names as owner only someone who may document a process", async () => {
    const admin = await makeUser({ role: "admin" });
    for (const role of ["board_member", "viewer"] as const) {
      const person = await makeUser({ role });
      const refusal = refusalOf(await createProcessFor(admin, { code: newCode("PRC"), name: "X", kind: "exploit", ownerEmail: person.email }));
      expect(refusal, role).toMatchObject({ kind: "invalid", errors: [{ path: "ownerEmail", message: expect.stringMatching(/may not document a process/) }] });
    }
    // The CTO owns the demand-profiling process and documents it, as admins may.
    const cto = await makeUser({ role: "executive" });
    for (const owner of [admin, cto]) {
      expect(valueOf(await createProcessFor(admin, { code: newCode("PRC"), name: "X", kind: "exploit", ownerEmail: owner.email })).owner.email).toBe(
        owner.email,
      );
    }
  });

  it("is for admins and executives only", async () => {
    const owner = await makeUser({ role: "process_owner" });
    for (const role of ["process_owner", "board_member", "viewer"] as const) {
      const actor = await makeUser({ role });
      expect(refusalOf(await createProcessFor(actor, { code: newCode("PRC"), name: "X", kind: "exploit", ownerEmail: owner.email })).kind).toBe("forbidden");
    }
  });
});

describe("changing what a process is and who owns it", () => {
  it("lets an executive rename it, change its kind and hand it to another owner, who may then document it", async () => {
    const process = await makeProcess();
    const cto = await makeUser({ role: "executive" });
    const next = await makeUser({ role: "process_owner" });
    const changed = valueOf(await changeProcess(cto, process.code, { version: 1, name: "Renamed", kind: "explore", ownerEmail: next.email }));
    expect(changed).toMatchObject({ name: "Renamed", kind: "explore", owner: { email: next.email }, version: 2 });
    expect(refusalOf(await changeProcess(ownerOf(process), process.code, { version: 2, purpose: "old owner" })).kind).toBe("forbidden");
    expect(valueOf(await changeProcess({ id: next.id, role: "process_owner" }, process.code, { version: 2, purpose: "new owner" })).purpose).toBe("new owner");
  });

  it("does not let the owner change who owns it, nor an executive its documentation", async () => {
    const process = await makeProcess();
    const cto = await makeUser({ role: "executive" });
    expect(refusalOf(await changeProcess(ownerOf(process), process.code, { version: 1, ownerEmail: await emailOf(cto.id) })).kind).toBe("forbidden");
    expect(refusalOf(await changeProcess(cto, process.code, { version: 1, purpose: "CTO text" })).kind).toBe("forbidden");
    expect((await db().process.findUniqueOrThrow({ where: { id: process.id } })).version).toBe(1);
  });

  it("answers 404 for an unknown or malformed code, and refuses an empty change", async () => {
    const admin = await makeUser({ role: "admin" });
    expect(refusalOf(await changeProcess(admin, "NOPE-404", { version: 1, name: "X" })).kind).toBe("not-found");
    expect(refusalOf(await changeProcess(admin, "%00", { version: 1, name: "X" })).kind).toBe("not-found");
    const process = await makeProcess();
    expect(refusalOf(await changeProcess(admin, process.code, { version: 1 }))).toMatchObject({ kind: "invalid", errors: [{ path: "body" }] });
  });
});

describe("documenting a process", () => {
  it("lets the owner edit documentation, reorder, rename, describe and add steps, keeping KPI mappings", async () => {
    const process = await makeProcess({ steps: ["Log", "Assess", "Approve"] });
    const [log, assess, approve] = process.steps;
    if (!log || !assess || !approve) throw new Error("steps missing");
    const kpi = await makeKpiWith({ processStepId: assess.id });
    const result = await changeProcess(ownerOf(process), process.code, {
      version: 1,
      purpose: "Change safely",
      outputs: ["Approved change", "  ", ""],
      steps: [
        { id: approve.id, name: "Approve" },
        { id: assess.id, name: "Assess risk", description: "Against the business calendar" },
        { name: "Review" },
        { id: log.id, name: "Log" },
      ],
    });
    expect(valueOf(result)).toMatchObject({ version: 2, purpose: "Change safely", outputs: ["Approved change"] });
    expect(await stepNames(process.id)).toEqual(["Approve", "Assess risk", "Review", "Log"]);
    const detail = await getProcessDetail(process.code);
    expect(detail?.steps[1]).toMatchObject({ description: "Against the business calendar", kpis: [{ code: kpi.code }] });
  });

  it("refuses another process owner and a viewer, and allows an admin", async () => {
    const process = await makeProcess();
    const otherOwner = await makeUser({ role: "process_owner" });
    const viewer = await makeUser({ role: "viewer" });
    const admin = await makeUser({ role: "admin" });
    expect(refusalOf(await changeProcess(otherOwner, process.code, { version: 1, purpose: "hijack" })).kind).toBe("forbidden");
    expect(refusalOf(await changeProcess(viewer, process.code, { version: 1, purpose: "hijack" })).kind).toBe("forbidden");
    expect((await db().process.findUniqueOrThrow({ where: { id: process.id } })).purpose).toBe("Keep things running");
    expect(valueOf(await changeProcess(admin, process.code, { version: 1, purpose: "Admin fix" })).version).toBe(2);
  });

  it("refuses a stale edit (409) and writes nothing", async () => {
    const process = await makeProcess();
    await changeProcess(ownerOf(process), process.code, { version: 1, purpose: "First save" });
    const auditBefore = await db().auditEvent.count({ where: { entityType: "Process", entityId: process.code } });
    const stale = await changeProcess(ownerOf(process), process.code, { version: 1, purpose: "Second save", steps: [{ name: "Only step" }] });
    expect(refusalOf(stale)).toMatchObject({ kind: "conflict", message: expect.stringMatching(/changed by someone else/) });
    const after = await db().process.findUniqueOrThrow({ where: { id: process.id } });
    expect([after.purpose, after.version]).toEqual(["First save", 2]);
    expect(await stepNames(process.id)).toEqual(["Step one", "Step two"]);
    expect(await db().auditEvent.count({ where: { entityType: "Process", entityId: process.code } })).toBe(auditBefore);
  });

  it("refuses to remove a step with KPIs mapped, naming them, and writes nothing", async () => {
    const process = await makeProcess({ steps: ["Detect", "Resolve"] });
    const [detect, resolve] = process.steps;
    if (!detect || !resolve) throw new Error("steps missing");
    const kpi = await makeKpiWith({ processStepId: resolve.id, name: "Mean time to resolve" });
    const attempt = refusalOf(
      await changeProcess(ownerOf(process), process.code, { version: 1, purpose: "changed", steps: [{ id: detect.id, name: "Detect" }] }),
    );
    expect(attempt).toMatchObject({
      kind: "invalid",
      errors: [{ path: "steps", message: expect.stringMatching(new RegExp(`"Resolve".*Mean time to resolve ${kpi.code}`)) }],
    });
    const after = await db().process.findUniqueOrThrow({ where: { id: process.id } });
    expect([after.purpose, after.version]).toEqual(["Keep things running", 1]);
    expect(await stepNames(process.id)).toEqual(["Detect", "Resolve"]);
  });

  it("removes a step without KPIs, and treats a step id from another process as a stale page", async () => {
    const process = await makeProcess({ steps: ["A", "B", "C"] });
    const other = await makeProcess();
    const [a, , c] = process.steps;
    expect(
      valueOf(
        await changeProcess(ownerOf(process), process.code, {
          version: 1,
          steps: [
            { id: c?.id, name: "C" },
            { id: a?.id, name: "A" },
          ],
        }),
      ).version,
    ).toBe(2);
    expect(await stepNames(process.id)).toEqual(["C", "A"]);
    const foreign = await changeProcess(ownerOf(process), process.code, { version: 2, steps: [{ id: other.steps[0]?.id, name: "Stolen" }] });
    expect(refusalOf(foreign).kind).toBe("conflict");
    expect(await stepNames(other.id)).toEqual(["Step one", "Step two"]);
  });

  it("writes one audit event with the whole before and after, by the actor", async () => {
    const process = await makeProcess({ steps: ["Plan"] });
    const admin = await makeUser({ role: "admin" });
    await changeProcess(admin, process.code, { version: 1, purpose: "Plan well", roles: ["Planner"] });
    const events = await db().auditEvent.findMany({ where: { entityType: "Process", entityId: process.code } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "process.update",
      actorId: admin.id,
      before: { version: 1, purpose: "Keep things running", roles: [], steps: [{ position: 1, name: "Plan" }] },
      after: { version: 2, purpose: "Plan well", roles: ["Planner"], steps: [{ position: 1, name: "Plan" }] },
    });
  });

  it("refuses malformed lists naming the field, and writes nothing", async () => {
    const process = await makeProcess();
    const cases: [Record<string, unknown>, string][] = [
      [{ steps: "not a list" }, "steps"],
      [{ steps: [{ name: "" }] }, "steps[0].name"],
      [
        {
          steps: [
            { id: process.steps[0]?.id, name: "A" },
            { id: process.steps[0]?.id, name: "B" },
          ],
        },
        "steps",
      ],
      [{ inputs: ["x".repeat(301)] }, "inputs[0]"],
      [{ monitoring: [{ action: "Review", cadence: "daily", accountableEmail: "a@test.example" }] }, "monitoring[0].cadence"],
      [{ monitoring: [{ action: "Review", cadence: "monthly", accountableId: 1 }] }, "monitoring[0].accountableId"],
    ];
    for (const [change, path] of cases) {
      const refusal = refusalOf(await changeProcess(ownerOf(process), process.code, { version: 1, ...change }));
      expect(refusal, JSON.stringify(change)).toMatchObject({ kind: "invalid" });
      if (refusal.kind === "invalid") expect(refusal.errors.map((e) => e.path)).toContain(path);
    }
    expect((await db().process.findUniqueOrThrow({ where: { id: process.id } })).version).toBe(1);
  });
});

describe("monitoring actions", () => {
  it("keeps an edited action's id and log, retires a removed one, and names an inactive accountable person", async () => {
    const process = await makeProcess();
    const accountable = await makeUser({ role: "process_owner" });
    const kept = await makeMonitoringAction(process.id, process.ownerId);
    const removed = await makeMonitoringAction(process.id, process.ownerId);
    await db().monitoringLog.create({ data: { actionId: removed.id, doneOn: today(), loggedById: process.ownerId } });
    const leaver = await makeUser({ active: false });
    const refused = refusalOf(
      await changeProcess(ownerOf(process), process.code, {
        version: 1,
        monitoring: [{ id: kept.id, action: "Weekly review", cadence: "weekly", accountableEmail: leaver.email }],
      }),
    );
    expect(refused).toMatchObject({ kind: "invalid", errors: [{ path: "monitoring[0].accountableEmail" }] });

    const changed = valueOf(
      await changeProcess(ownerOf(process), process.code, {
        version: 1,
        monitoring: [
          { id: kept.id, action: "Weekly review", cadence: "weekly", accountableEmail: accountable.email },
          { action: "Quarterly audit", cadence: "quarterly", accountableEmail: await emailOf(process.ownerId) },
        ],
      }),
    );
    expect(changed.monitoring.map((m) => [m.action, m.cadence, m.accountable.email])).toEqual([
      ["Weekly review", "weekly", accountable.email],
      ["Quarterly audit", "quarterly", await emailOf(process.ownerId)],
    ]);
    expect(changed.monitoring[0]?.id).toBe(kept.id);
    const retired = await db().monitoringAction.findUniqueOrThrow({ where: { id: removed.id }, include: { log: true } });
    expect(retired.retiredAt).not.toBeNull();
    expect(retired.log).toHaveLength(1);
  });

  it("refuses a viewer as accountable, and owes a changed cadence from the day it changed", async () => {
    const process = await makeProcess();
    const viewer = await makeUser({ role: "viewer" });
    const action = await makeMonitoringAction(process.id, process.ownerId, { cadence: "quarterly", createdAt: addDays(today(), -200) });
    await db().monitoringLog.create({ data: { actionId: action.id, doneOn: addDays(today(), -60), loggedById: process.ownerId } });
    const ownerEmail = await emailOf(process.ownerId);
    const refused = refusalOf(
      await changeProcess(ownerOf(process), process.code, {
        version: 1,
        monitoring: [{ id: action.id, action: action.action, cadence: "weekly", accountableEmail: viewer.email }],
      }),
    );
    expect(refused).toMatchObject({
      kind: "invalid",
      errors: [{ path: "monitoring[0].accountableEmail", message: expect.stringMatching(/may not log monitoring actions/) }],
    });
    const weekly = valueOf(
      await changeProcess(ownerOf(process), process.code, {
        version: 1,
        monitoring: [{ id: action.id, action: action.action, cadence: "weekly", accountableEmail: ownerEmail }],
      }),
    );
    // Last done 60 days ago would be weeks overdue if the weekly cadence counted back to the set-up day.
    expect(weekly.monitoring[0]).toMatchObject({ cadence: "weekly", state: "due", overdueSince: null });
  });

  it("lets one of two saves of the same version win and answers the other with a conflict, never an error", async () => {
    const process = await makeProcess({ steps: ["A", "B"] });
    const [a, b] = process.steps;
    const owner = ownerOf(process);
    const results = await Promise.all([
      changeProcess(owner, process.code, { version: 1, steps: [{ id: a?.id, name: "A" }] }),
      changeProcess(owner, process.code, {
        version: 1,
        steps: [
          { id: a?.id, name: "A" },
          { id: b?.id, name: "B renamed" },
        ],
      }),
    ]);
    expect(results.map((result) => (result.ok ? "ok" : result.refusal.kind)).sort()).toEqual(["conflict", "ok"]);
    expect((await db().process.findUniqueOrThrow({ where: { id: process.id } })).version).toBe(2);
  });

  it("is logged by whoever is accountable or the process owner, never by anyone else, and shows as done", async () => {
    const process = await makeProcess();
    const accountable = await makeUser({ role: "board_member" });
    const action = await makeMonitoringAction(process.id, accountable.id, { createdAt: addDays(today(), -400) });
    const before = valueOf(await changeProcess(ownerOf(process), process.code, { version: 1, purpose: "x" })).monitoring[0];
    expect(before).toMatchObject({ state: "overdue", lastDoneOn: null });

    for (const role of ["process_owner", "executive", "board_member", "viewer"] as const) {
      const stranger = await makeUser({ role });
      expect(refusalOf(await logMonitoringDone(stranger, process.code, action.id, { doneOn: toIsoDate(today()) })).kind, role).toBe("forbidden");
    }
    const entry = valueOf(await logMonitoringDone(accountable, process.code, action.id, { doneOn: toIsoDate(today()), note: "All fine" }));
    expect(entry).toMatchObject({ actionId: action.id, doneOn: toIsoDate(today()), note: "All fine", loggedBy: accountable.email });
    valueOf(await logMonitoringDone(ownerOf(process), process.code, action.id, { doneOn: toIsoDate(addDays(today(), -1)) }));

    const after = valueOf(await changeProcess(ownerOf(process), process.code, { version: 2, purpose: "y" })).monitoring[0];
    expect(after).toMatchObject({ state: "done", lastDoneOn: toIsoDate(today()) });
    const audit = await db().auditEvent.findMany({ where: { entityType: "MonitoringAction", entityId: String(action.id) } });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual(
      expect.arrayContaining([
        ["monitoring.done", accountable.id],
        ["monitoring.done", process.ownerId],
      ]),
    );
  });

  it("refuses a day after today or before the action was set up, an action of another process, and a retired one", async () => {
    const process = await makeProcess();
    const other = await makeProcess();
    const action = await makeMonitoringAction(process.id, process.ownerId, { createdAt: addDays(today(), -10) });
    const owner = ownerOf(process);
    expect(refusalOf(await logMonitoringDone(owner, process.code, action.id, { doneOn: toIsoDate(addDays(today(), 1)) }))).toMatchObject({
      kind: "invalid",
      errors: [{ path: "doneOn", message: expect.stringMatching(/after today/) }],
    });
    expect(refusalOf(await logMonitoringDone(owner, process.code, action.id, { doneOn: toIsoDate(addDays(today(), -11)) }))).toMatchObject({
      errors: [{ path: "doneOn", message: expect.stringMatching(/before the action was set up/) }],
    });
    expect(refusalOf(await logMonitoringDone(owner, process.code, action.id, { doneOn: "2026-02-30" }))).toMatchObject({ errors: [{ path: "doneOn" }] });
    expect(refusalOf(await logMonitoringDone(owner, other.code, action.id, { doneOn: toIsoDate(today()) })).kind).toBe("not-found");
    await changeProcess(owner, process.code, { version: 1, monitoring: [] });
    expect(refusalOf(await logMonitoringDone(owner, process.code, action.id, { doneOn: toIsoDate(today()) })).kind).toBe("not-found");
    expect(await db().monitoringLog.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("keeps the log append-only in the database", async () => {
    const process = await makeProcess();
    const action = await makeMonitoringAction(process.id, process.ownerId);
    const entry = await db().monitoringLog.create({ data: { actionId: action.id, doneOn: today(), loggedById: process.ownerId } });
    await expect(db().monitoringLog.update({ where: { id: entry.id }, data: { note: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db().monitoringLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });
});
