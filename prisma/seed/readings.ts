// Two years of readings per KPI, up to the last completed period (or earlier for stale KPIs),
// plus a handful of corrections: a version 2 for the same period, with its reason.
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, lastCompletedPeriod, periodEnd, periodsBetween, shiftPeriods, toIsoDate, type Frequency } from "@/lib/domain/periods";
import { atHour } from "./calendar";
import { KPI_CATALOGUE, kpiSeed } from "./kpi-catalogue";
import type { KpiSeed } from "./kpi-seed";
import { integerBetween, rngFor } from "./random";
import { clampTo, modelledValue, roundTo } from "./trajectory";
import { idOf, type IdsByCode, type SeedContext } from "./types";

type ReadingRow = Prisma.ReadingCreateManyInput & { period: Date; value: number; enteredAt: Date };

const PERIODS_IN_TWO_YEARS: Record<Frequency, number> = { weekly: 104, monthly: 24, quarterly: 8 };

interface CorrectionSeed {
  kpi: string;
  /** Periods before the KPI's latest reading. */
  periodsBack: number;
  delta: number;
  daysAfterFirstEntry: number;
  reason: string;
}

const CORRECTIONS: readonly CorrectionSeed[] = [
  {
    kpi: "D-ITCOST",
    periodsBack: 3,
    delta: -1.4,
    daysAfterFirstEntry: 9,
    reason: "Finance restated the month: a one-off licence true-up had been booked to IT instead of Group.",
  },
  {
    kpi: "S-INC-MTTR",
    periodsBack: 9,
    delta: 0.7,
    daysAfterFirstEntry: 6,
    reason: "Two P2 incidents were closed late in the ITSM tool; restore times re-derived from monitoring timestamps.",
  },
  {
    kpi: "C-MON-COVER",
    periodsBack: 6,
    delta: -3,
    daysAfterFirstEntry: 12,
    reason: "Coverage double-counted the disaster-recovery instances of eleven services.",
  },
  { kpi: "D-REGREP", periodsBack: 4, delta: -1.2, daysAfterFirstEntry: 15, reason: "A resubmitted COREP return came to light after month end." },
  {
    kpi: "S-CHG-SUCCESS",
    periodsBack: 20,
    delta: -2.1,
    daysAfterFirstEntry: 8,
    reason: "The post-implementation review reclassified a failed change that had been recorded as successful.",
  },
  {
    kpi: "S-NPI-LEAD",
    periodsBack: 8,
    delta: 1.5,
    daysAfterFirstEntry: 10,
    reason: "Lead time now measured to go-live rather than pilot end, as agreed in the core group.",
  },
  {
    kpi: "C-ITIL-CERT",
    periodsBack: 2,
    delta: 3,
    daysAfterFirstEntry: 20,
    reason: "Certificates from the December exam sitting arrived after the quarter was reported.",
  },
];

/** Entry lag: people enter a few days after period end, imports and machines within a day or two. */
const ENTRY_LAG_DAYS: Record<KpiSeed["history"]["source"], readonly [number, number]> = { manual: [2, 6], import: [1, 2], api: [1, 1] };

export function readingPeriods(kpi: KpiSeed, today: Date): Date[] {
  const lastCompleted = lastCompletedPeriod(today, kpi.frequency);
  const first = shiftPeriods(lastCompleted, kpi.frequency, 1 - PERIODS_IN_TWO_YEARS[kpi.frequency]);
  const last = shiftPeriods(lastCompleted, kpi.frequency, -(kpi.history.staleFor ?? 0));
  return periodsBetween(first, last, kpi.frequency);
}

/** When a reading was entered: deterministic, a few days after its period, never after today. */
function enteredAt(kpi: KpiSeed, period: Date, today: Date): Date {
  const random = rngFor(kpi.code, toIsoDate(period), "entered");
  const [minLag, maxLag] = ENTRY_LAG_DAYS[kpi.history.source];
  const day = addDays(periodEnd(period, kpi.frequency), integerBetween(random, minLag, maxLag));
  const moment = atHour(day, integerBetween(random, 7, 17));
  return moment.getTime() > today.getTime() ? today : moment;
}

export function firstVersions(ctx: SeedContext, kpiIds: IdsByCode, ownerIds: Map<string, number>): ReadingRow[] {
  return KPI_CATALOGUE.flatMap((kpi) =>
    readingPeriods(kpi, ctx.today).map((period) => ({
      kpiId: idOf(kpiIds, kpi.code),
      period,
      version: 1,
      value: modelledValue(kpi, period, ctx.today),
      source: kpi.history.source,
      enteredById: idOf(ownerIds, kpi.code),
      enteredAt: enteredAt(kpi, period, ctx.today),
    })),
  );
}

function correctionOf(ctx: SeedContext, correction: CorrectionSeed, firsts: ReadingRow[], kpiId: number): ReadingRow | null {
  const kpi = kpiSeed(correction.kpi);
  const periods = readingPeriods(kpi, ctx.today);
  const period = periods[periods.length - 1 - correction.periodsBack];
  const original = period && firsts.find((row) => row.kpiId === kpiId && row.period.getTime() === period.getTime());
  if (!original) return null;
  const at = atHour(addDays(original.enteredAt, correction.daysAfterFirstEntry), 3);
  // A correction must follow its original and be in the past; otherwise leave it out.
  if (at.getTime() > ctx.today.getTime()) return null;
  const value = roundTo(clampTo(kpi.history, original.value + correction.delta), kpi.history.precision);
  return { ...original, version: 2, value, source: "manual", reason: correction.reason, enteredAt: at };
}

export async function seedReadings(ctx: SeedContext, kpiIds: IdsByCode): Promise<number> {
  const ownerIds = new Map(KPI_CATALOGUE.map((kpi) => [kpi.code, ctx.userIds[kpi.owner]]));
  const firsts = firstVersions(ctx, kpiIds, ownerIds);
  // Corrections are dated relative to today: add them only for KPIs that have none yet, so a
  // later run does not keep correcting new periods.
  const corrected = await ctx.db.reading.findMany({ where: { version: { gt: 1 } }, distinct: ["kpiId"], select: { kpiId: true } });
  const alreadyCorrected = new Set(corrected.map((row) => row.kpiId));
  const corrections = CORRECTIONS.flatMap((correction) => {
    const kpiId = idOf(kpiIds, correction.kpi);
    if (alreadyCorrected.has(kpiId)) return [];
    const row = correctionOf(ctx, correction, firsts, kpiId);
    return row ? [row] : [];
  });
  const inserted = await ctx.db.reading.createMany({ data: [...firsts, ...corrections], skipDuplicates: true });
  return inserted.count;
}
