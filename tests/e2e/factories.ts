// Each end-to-end test makes the rows it asserts on, with unique codes, names and emails, in the
// database of the app under test (`scripts/start.ts --throwaway` writes its URL to .e2e/). So no
// test depends on another's order or effects, and none asserts on seed rows another one changes.
//
// Two rules keep the seeded views that tests read stable:
// - never end, re-time or re-weight a seeded business priority, nor move a seeded function: the
//   scorecard tests read them. New functions, chains and priorities (with unique codes) are fine;
//   no test counts them;
// - a KPI is only created or archived while the KPI catalogue is not being paged (see
//   withKpiCatalogueStill; a test doing so through the UI wraps it in asKpiCatalogueChange).
//
// The module has its own Prisma client rather than the app's lib/db, so it does not follow the
// app's internals; one client per worker, disconnected when the worker ends.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import { PrismaClient, type KpiFrequency, type KpiLayer, type Role, type ScorecardKind, type Stream } from "@/lib/generated/prisma/client";

export { expect } from "@playwright/test";

/** Password of every user a factory makes. */
export const E2E_PASSWORD = "e2e-password-2468";

const URL_FILE = path.resolve(import.meta.dirname, "../../.e2e/database-url");

/**
 * Serialises KPI inserts against paging through the KPI catalogue: pages are offsets into a list
 * sorted by layer and code, so a KPI created between two page loads would shift a row onto the
 * next page. Factories take it shared (they never wait for each other), the catalogue test
 * exclusively.
 */
const KPI_CATALOGUE_LOCK = 730_517;

/** Eight characters that make a code, a name or an email unique across workers and runs. */
export function uniqueId(): string {
  return randomUUID().slice(0, 8).toUpperCase();
}

/** The Monday (UTC) of the ISO week `weeksBack` weeks before the current one, as YYYY-MM-DD: a weekly KPI's period. */
export function weekStart(weeksBack: number): string {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  return new Date(today - (sinceMonday + 7 * weeksBack) * 86_400_000).toISOString().slice(0, 10);
}

/** The first day (UTC) of the month `monthsBack` months before the current one, as YYYY-MM-DD: a monthly KPI's period. */
export function monthStart(monthsBack: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 10);
}

export interface E2eUser {
  id: number;
  email: string;
  name: string;
  password: string;
}

export interface E2eKpi {
  id: number;
  code: string;
  name: string;
}

export interface KpiSpec {
  /** What the KPI measures; a unique id is appended to make its name. */
  label: string;
  ownerId: number;
  layer: KpiLayer;
  scorecard: ScorecardKind;
  unit: string;
  direction: "higher" | "lower";
  target: number;
  redFlag: number;
  frequency: KpiFrequency;
  /** Code of the seeded business priority a demand KPI serves (required for the demand layer). */
  priorityCode?: string;
}

function connect(): PrismaClient {
  if (!existsSync(URL_FILE)) {
    throw new Error(`${path.relative(process.cwd(), URL_FILE)} is missing: run the end-to-end tests with \`npm run test:e2e\`, whose web server writes it.`);
  }
  const connectionString = readFileSync(URL_FILE, "utf8").trim();
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export class Factory {
  #client: PrismaClient | null = null;
  #passwordHash: Promise<string> | null = null;

  /** Opened on first use: the web server writes the URL file before any test runs, but after this module loads. */
  private get db(): PrismaClient {
    this.#client ??= connect();
    return this.#client;
  }

  async disconnect(): Promise<void> {
    await this.#client?.$disconnect();
    this.#client = null;
  }

  /** An active user who signs in with E2E_PASSWORD. */
  async user(role: Role, label: string = role.replace("_", " ")): Promise<E2eUser> {
    const id = uniqueId();
    this.#passwordHash ??= bcrypt.hash(E2E_PASSWORD, 10);
    const user = await this.db.user.create({
      data: {
        email: `e2e-${role.replace("_", "-")}-${id.toLowerCase()}@test.example`,
        name: `E2E ${label} ${id}`,
        role,
        passwordHash: await this.#passwordHash,
      },
      select: { id: true, email: true, name: true },
    });
    return { ...user, password: E2E_PASSWORD };
  }

  async kpi(spec: KpiSpec): Promise<E2eKpi> {
    if (spec.layer === "demand" && !spec.priorityCode) throw new Error("A demand KPI needs the code of a seeded business priority");
    const id = uniqueId();
    return this.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${KPI_CATALOGUE_LOCK}::bigint)`;
        return tx.kpi.create({
          data: {
            code: `E2E-${id}`,
            name: `${spec.label} ${id}`,
            layer: spec.layer,
            scorecard: spec.scorecard,
            unit: spec.unit,
            direction: spec.direction,
            target: spec.target,
            redFlag: spec.redFlag,
            frequency: spec.frequency,
            indicatorType: "lagging",
            owner: { connect: { id: spec.ownerId } },
            businessPriority: spec.priorityCode ? { connect: { code: spec.priorityCode } } : undefined,
          },
          select: { id: true, code: true, name: true },
        });
      },
      // Waiting for the catalogue test to finish paging counts against the transaction's time.
      { maxWait: 10_000, timeout: 60_000 },
    );
  }

  /** First versions of readings (periods as YYYY-MM-DD), entered now. */
  async readings(kpiId: number, readings: readonly { period: string; value: number }[]): Promise<void> {
    await this.db.reading.createMany({ data: readings.map(({ period, value }) => ({ kpiId, period: new Date(period), value, source: "import" as const })) });
  }

  /** `supporting` rolls up into `supported` on the scorecards. */
  async link(supportingId: number, supportedId: number, weight = 1): Promise<void> {
    // In force since long before any reading period, so every as-of view sees it.
    await this.db.kpiLink.create({ data: { supportingId, supportedId, weight, validFrom: new Date("2000-01-01") } });
  }

  async process(spec: { ownerId: number; label: string; steps: readonly string[]; kind?: Stream }): Promise<{ id: number; code: string; name: string }> {
    const id = uniqueId();
    return this.db.process.create({
      data: {
        code: `E2E-PRC-${id}`,
        name: `${spec.label} ${id}`,
        kind: spec.kind ?? "exploit",
        purpose: `${spec.label}, made by an end-to-end test.`,
        inputs: ["A request"],
        ownerId: spec.ownerId,
        steps: { create: spec.steps.map((name, index) => ({ position: index + 1, name })) },
      },
      select: { id: true, code: true, name: true },
    });
  }

  /** How many initiatives are in progress: on the CTO's overview they come before approved ones. */
  countInitiativesInProgress(): Promise<number> {
    return this.db.initiative.count({ where: { status: "in_progress" } });
  }

  /**
   * Runs `steps` (say, creating or archiving a KPI through the UI) as a factory's KPI insert would:
   * never while the catalogue is being paged.
   */
  async asKpiCatalogueChange<T>(steps: () => Promise<T>): Promise<T> {
    return this.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${KPI_CATALOGUE_LOCK}::bigint)`;
        return steps();
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
  }

  /** Runs `steps` while no KPI can be created, so the catalogue's pages do not shift under them. */
  async withKpiCatalogueStill<T>(steps: () => Promise<T>): Promise<T> {
    return this.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${KPI_CATALOGUE_LOCK}::bigint)`;
        return steps();
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  }
}

/** Playwright's `test` with `make`: the factories, one database client per worker. */
export const test = base.extend<Record<never, never>, { make: Factory }>({
  make: [
    // Playwright reads which fixtures a fixture needs from this (empty) pattern.
    async ({}, use) => {
      const factory = new Factory();
      await use(factory);
      await factory.disconnect();
    },
    { scope: "worker" },
  ],
});
