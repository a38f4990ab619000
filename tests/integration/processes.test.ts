// Editing a process: the owner (or an admin) only, all-or-nothing, with optimistic concurrency
// and an audit event in the same transaction.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getProcessDetail } from "@/lib/db/processes";
import { updateProcess } from "@/lib/services/processes";
import { processUpdateSchema, type ProcessUpdateInput } from "@/lib/schemas/process";
import { makeKpiWith, makeProcess, makeUser } from "../factories";
import { refusalOf, valueOf } from "./results";

type Made = Awaited<ReturnType<typeof makeProcess>>;

/** The edit form's submission for a process as it stands, with changes on top. */
function editOf(process: Made, change: Partial<ProcessUpdateInput> = {}): ProcessUpdateInput {
  return {
    code: process.code,
    version: process.version,
    purpose: process.purpose,
    inputs: process.inputs,
    outputs: process.outputs,
    decisions: process.decisions,
    roles: process.roles,
    steps: process.steps.map((step) => ({ id: step.id, name: step.name })),
    monitoring: [],
    ...change,
  };
}

const stepNames = async (processId: number) =>
  (await db().processStep.findMany({ where: { processId }, orderBy: { position: "asc" } })).map((step) => step.name);

describe("process editing", () => {
  it("lets the owner edit documentation, reorder, rename and add steps, and set monitoring actions", async () => {
    const process = await makeProcess({ steps: ["Log", "Assess", "Approve"] });
    const [log, assess, approve] = process.steps;
    if (!log || !assess || !approve) throw new Error("steps missing");
    const kpi = await makeKpiWith({ processStepId: assess.id });
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const result = await updateProcess(
      owner,
      editOf(process, {
        purpose: "Change safely",
        outputs: ["Approved change"],
        steps: [{ id: approve.id, name: "Approve" }, { id: assess.id, name: "Assess risk" }, { name: "Review" }, { id: log.id, name: "Log" }],
        monitoring: [{ action: "Review failed changes", cadence: "weekly", accountableId: process.ownerId }],
      }),
    );
    expect(valueOf(result).version).toBe(2);
    expect(await stepNames(process.id)).toEqual(["Approve", "Assess risk", "Review", "Log"]);
    const detail = await getProcessDetail(process.code);
    expect(detail?.purpose).toBe("Change safely");
    expect(detail?.outputs).toEqual(["Approved change"]);
    expect(detail?.monitoring.map((m) => [m.action, m.cadence, m.accountable.id])).toEqual([["Review failed changes", "weekly", process.ownerId]]);
    // The KPI stays mapped to the renamed, moved step.
    expect(detail?.steps[1]?.kpis.map((k) => k.code)).toEqual([kpi.code]);
  });

  it("refuses another process owner and a viewer, and allows an admin", async () => {
    const process = await makeProcess();
    const otherOwner = await makeUser({ role: "process_owner" });
    const viewer = await makeUser({ role: "viewer" });
    const admin = await makeUser({ role: "admin" });
    expect(refusalOf(await updateProcess(otherOwner, editOf(process, { purpose: "hijack" }))).kind).toBe("forbidden");
    expect(refusalOf(await updateProcess(viewer, editOf(process, { purpose: "hijack" }))).kind).toBe("forbidden");
    expect((await db().process.findUniqueOrThrow({ where: { id: process.id } })).purpose).toBe("Keep things running");
    expect(valueOf(await updateProcess(admin, editOf(process, { purpose: "Admin fix" })))).toEqual({ version: 2 });
  });

  it("refuses a stale edit and writes nothing", async () => {
    const process = await makeProcess();
    const owner = { id: process.ownerId, role: "process_owner" as const };
    await updateProcess(owner, editOf(process, { purpose: "First save" }));
    const auditBefore = await db().auditEvent.count({ where: { entityType: "Process", entityId: String(process.id) } });
    const stale = await updateProcess(owner, editOf(process, { purpose: "Second save", steps: [{ name: "Only step" }] }));
    expect(refusalOf(stale)).toMatchObject({ kind: "conflict", message: expect.stringMatching(/changed by someone else/) });
    const after = await db().process.findUniqueOrThrow({ where: { id: process.id } });
    expect([after.purpose, after.version]).toEqual(["First save", 2]);
    expect(await stepNames(process.id)).toEqual(["Step one", "Step two"]);
    expect(await db().auditEvent.count({ where: { entityType: "Process", entityId: String(process.id) } })).toBe(auditBefore);
  });

  it("refuses to remove a step with KPIs mapped, naming them, and writes nothing", async () => {
    const process = await makeProcess({ steps: ["Detect", "Resolve"] });
    const [detect, resolve] = process.steps;
    if (!detect || !resolve) throw new Error("steps missing");
    const kpi = await makeKpiWith({ processStepId: resolve.id, name: "Mean time to resolve" });
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const attempt = refusalOf(await updateProcess(owner, editOf(process, { purpose: "changed", steps: [{ id: detect.id, name: "Detect" }] })));
    expect(attempt).toMatchObject({
      kind: "invalid",
      errors: [{ path: "steps", message: expect.stringMatching(new RegExp(`"Resolve".*Mean time to resolve ${kpi.code}`)) }],
    });
    const after = await db().process.findUniqueOrThrow({ where: { id: process.id } });
    expect([after.purpose, after.version]).toEqual(["Keep things running", 1]);
    expect(await stepNames(process.id)).toEqual(["Detect", "Resolve"]);
  });

  it("removes a step without KPIs", async () => {
    const process = await makeProcess({ steps: ["A", "B", "C"] });
    const owner = { id: process.ownerId, role: "process_owner" as const };
    const [a, , c] = process.steps;
    await updateProcess(
      owner,
      editOf(process, {
        steps: [
          { id: c?.id, name: "C" },
          { id: a?.id, name: "A" },
        ],
      }),
    );
    expect(await stepNames(process.id)).toEqual(["C", "A"]);
  });

  it("writes one audit event with before and after, by the actor", async () => {
    const process = await makeProcess({ steps: ["Plan"] });
    const admin = await makeUser({ role: "admin" });
    await updateProcess(admin, editOf(process, { purpose: "Plan well", roles: ["Planner"] }));
    const events = await db().auditEvent.findMany({ where: { entityType: "Process", entityId: String(process.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "process.update",
      actorId: admin.id,
      before: { version: 1, purpose: "Keep things running", roles: [], steps: [{ position: 1, name: "Plan" }] },
      after: { version: 2, purpose: "Plan well", roles: ["Planner"], steps: [{ position: 1, name: "Plan" }] },
    });
  });

  it("parses the edit form: one line per item, steps and monitoring as JSON", () => {
    const parsed = processUpdateSchema.parse({
      code: "PR-1",
      version: "3",
      purpose: "  Why  ",
      inputs: "Request\r\n\r\n  Budget \n",
      outputs: "",
      decisions: "Go / no-go",
      roles: "Owner\nAnalyst",
      steps: JSON.stringify([{ id: 4, name: " Log " }, { name: "New" }]),
      monitoring: JSON.stringify([{ action: "Review", cadence: "monthly", accountableId: "7" }]),
    });
    expect(parsed).toMatchObject({ version: 3, purpose: "Why", inputs: ["Request", "Budget"], outputs: [], roles: ["Owner", "Analyst"] });
    expect(parsed.steps).toEqual([{ id: 4, name: "Log" }, { name: "New" }]);
    expect(parsed.monitoring).toEqual([{ action: "Review", cadence: "monthly", accountableId: 7 }]);
    expect(processUpdateSchema.safeParse({ ...parsed, steps: '[{"name":""}]' }).success).toBe(false);
  });
});
