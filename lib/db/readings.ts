import type { ReadingSource } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { recordAudit } from "./audit";

export interface NewReading {
  kpiId: number;
  period: Date;
  value: number;
  note?: string;
  /** Required when the period already has a reading: the new row is then a correction. */
  reason?: string;
  source: ReadingSource;
  enteredById: number;
}

export class CorrectionNeedsReasonError extends Error {
  constructor() {
    super("This period already has a reading: give a reason for the correction");
  }
}

/**
 * Appends a reading. A period that already has one gets a new version that supersedes it; the
 * old row stays (the table refuses updates and deletes). The unique (kpi, period, version) index
 * turns a concurrent writer's race into an error rather than a lost version.
 */
export async function appendReading(input: NewReading) {
  if (!Number.isFinite(input.value)) throw new RangeError("A reading's value must be a finite number");
  return db().$transaction(async (tx) => {
    const previous = await tx.reading.findFirst({
      where: { kpiId: input.kpiId, period: input.period },
      orderBy: { version: "desc" },
      select: { id: true, version: true, value: true, note: true },
    });
    const reason = input.reason?.trim();
    if (previous && !reason) throw new CorrectionNeedsReasonError();
    const reading = await tx.reading.create({
      data: {
        kpiId: input.kpiId,
        period: input.period,
        value: input.value,
        note: input.note ?? "",
        reason: previous ? reason : null,
        source: input.source,
        enteredById: input.enteredById,
        version: (previous?.version ?? 0) + 1,
      },
    });
    await recordAudit(tx, {
      actorId: input.enteredById,
      action: previous ? "reading.correct" : "reading.create",
      entityType: "Reading",
      entityId: String(reading.id),
      before: previous ? { value: previous.value, note: previous.note, version: previous.version } : undefined,
      after: { kpiId: reading.kpiId, period: reading.period.toISOString().slice(0, 10), value: reading.value, version: reading.version, reason },
    });
    return reading;
  });
}

/** Every version of one period's reading, newest first; the first is the current one. */
export function listReadingVersions(kpiId: number, period: Date) {
  return db().reading.findMany({
    where: { kpiId, period },
    orderBy: { version: "desc" },
    include: { enteredBy: { select: { name: true, email: true } } },
  });
}

/** The version of a period's reading that counts now (the highest), with who entered it. */
export function getCurrentReading(kpiId: number, period: Date) {
  return db().reading.findFirst({
    where: { kpiId, period },
    orderBy: { version: "desc" },
    include: { enteredBy: { select: { name: true, email: true } } },
  });
}

/**
 * A KPI's readings, period newest first and within a period the highest version first; only
 * the current version of each period unless `includeHistory`.
 */
export async function listKpiReadings(kpiId: number, includeHistory: boolean) {
  const rows = await db().reading.findMany({
    where: { kpiId },
    orderBy: [{ period: "desc" }, { version: "desc" }],
    include: { enteredBy: { select: { name: true, email: true } } },
  });
  const seen = new Set<number>();
  const labelled = rows.map((row) => {
    const current = !seen.has(row.period.getTime());
    seen.add(row.period.getTime());
    return { ...row, current };
  });
  return includeHistory ? labelled : labelled.filter((row) => row.current);
}

export type StoredReading = Awaited<ReturnType<typeof listKpiReadings>>[number];
