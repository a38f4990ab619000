import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { appendReading, CorrectionNeedsReasonError, listReadingVersions } from "@/lib/db/readings";
import { makeKpi } from "../factories";

const period = new Date("2026-09-01");

describe("reading versioning", () => {
  it("keeps every version: a correction is a new row that supersedes, with who and why", async () => {
    const kpi = await makeKpi();
    await appendReading({ kpiId: kpi.id, period, value: 91, note: "first", source: "manual", enteredById: kpi.ownerId });
    await appendReading({ kpiId: kpi.id, period, value: 93.5, reason: "late tickets were missed", source: "manual", enteredById: kpi.ownerId });

    const versions = await listReadingVersions(kpi.id, period);
    expect(versions.map((v) => [v.version, v.value, v.reason])).toEqual([
      [2, 93.5, "late tickets were missed"],
      [1, 91, null],
    ]);
    expect(versions[0]?.enteredBy?.email).toMatch(/@test\.example$/);
    const audit = await db().auditEvent.findMany({ where: { entityType: "Reading", entityId: { in: versions.map((v) => String(v.id)) } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["reading.correct", "reading.create"]);
  });

  it("refuses a correction without a reason and writes nothing", async () => {
    const kpi = await makeKpi();
    await appendReading({ kpiId: kpi.id, period, value: 91, source: "manual", enteredById: kpi.ownerId });
    await expect(appendReading({ kpiId: kpi.id, period, value: 92, reason: "  ", source: "manual", enteredById: kpi.ownerId })).rejects.toBeInstanceOf(
      CorrectionNeedsReasonError,
    );
    expect(await db().reading.count({ where: { kpiId: kpi.id } })).toBe(1);
  });

  it("the database itself refuses to update or delete a reading, or a correction without reason", async () => {
    const kpi = await makeKpi();
    const reading = await appendReading({ kpiId: kpi.id, period, value: 91, source: "manual", enteredById: kpi.ownerId });
    await expect(db().reading.update({ where: { id: reading.id }, data: { value: 99 } })).rejects.toThrow(/append-only/);
    await expect(db().reading.delete({ where: { id: reading.id } })).rejects.toThrow(/append-only/);
    await expect(db().reading.create({ data: { kpiId: kpi.id, period, value: 1, version: 2, source: "manual", enteredById: kpi.ownerId } })).rejects.toThrow(
      /reading_correction_needs_reason/,
    );
    expect((await db().reading.findUniqueOrThrow({ where: { id: reading.id } })).value).toBe(91);
  });

  it("two writers racing on one version cannot both win", async () => {
    const kpi = await makeKpi();
    const write = (value: number) => db().reading.create({ data: { kpiId: kpi.id, period, value, version: 1, source: "api", enteredById: kpi.ownerId } });
    const results = await Promise.allSettled([write(1), write(2)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("finite numbers only", () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("a reading of %s is refused by the code and by the database", async (value) => {
    const kpi = await makeKpi();
    await expect(appendReading({ kpiId: kpi.id, period, value, source: "api", enteredById: kpi.ownerId })).rejects.toThrow(RangeError);
    await expect(db().reading.create({ data: { kpiId: kpi.id, period, value, source: "api", enteredById: kpi.ownerId } })).rejects.toThrow(
      /reading_value_finite/,
    );
    expect(await db().reading.count({ where: { kpiId: kpi.id } })).toBe(0);
  });
});
