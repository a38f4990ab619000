// The demo organisation: the IT function of an investment bank, taken from Bot & Renaud (2012).
// Deterministic (same `today`, same data) and idempotent (a re-run on a seeded database adds
// nothing and changes nothing): rows are inserted only when their natural key is missing.
import type { Db } from "@/lib/db/client";
import { toIsoDate } from "@/lib/domain/periods";
import { seedToday } from "./calendar";
import { seedDemand } from "./demand";
import { seedInitiatives } from "./initiatives";
import { seedKpis } from "./kpis";
import { seedPeople } from "./people";
import { seedProcesses } from "./processes";
import { seedReadings } from "./readings";
import type { SeedCounts, SeedDb } from "./types";

export { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from "./people";
export type { SeedCounts } from "./types";

export interface SeedOptions {
  /** The day the demo treats as today (UTC); readings run up to the last period completed before it. */
  today?: Date;
}

export interface SeedSummary {
  /** "YYYY-MM-DD" */
  today: string;
  /** Rows this run added, per table; all zero when the database was already seeded. */
  created: SeedCounts;
  durationMs: number;
}

/** Long enough for a cold database; the seed itself takes well under ten seconds. */
const TRANSACTION_TIMEOUT_MS = 120_000;

export async function seedDemoOrganisation(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const today = seedToday(options.today);
  // One transaction: a failed seed leaves nothing half-written behind.
  const created = await db.$transaction((tx) => seedAll(tx, today), { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 });
  return { today: toIsoDate(today), created, durationMs: Math.round(performance.now() - started) };
}

async function seedAll(db: SeedDb, today: Date): Promise<SeedCounts> {
  const people = await seedPeople(db);
  const ctx = { db, today, userIds: people.userIds };
  const demand = await seedDemand(ctx);
  const processes = await seedProcesses(ctx);
  const kpis = await seedKpis(ctx, { ...demand.ids, ...processes.ids });
  const readings = await seedReadings(ctx, kpis.kpiIds);
  const initiatives = await seedInitiatives(ctx, { functionIds: demand.ids.functionIds, kpiIds: kpis.kpiIds });
  return { ...people.created, ...demand.created, ...processes.created, ...kpis.created, readings, ...initiatives };
}

/** "users 6, kpis 40, readings 1234, …": the non-zero counts of a summary, for logs. */
export function describeSeedSummary(summary: SeedSummary): string {
  const counts = Object.entries(summary.created).filter(([, count]) => count > 0);
  const added = counts.length === 0 ? "nothing new (already seeded)" : counts.map(([table, count]) => `${table} ${count}`).join(", ");
  return `Demo organisation seeded as of ${summary.today} in ${summary.durationMs} ms: ${added}.`;
}
