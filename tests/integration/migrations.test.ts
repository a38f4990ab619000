// The offline migration tooling (scripts/db/migrate.ts) against a real PostgreSQL: a fresh
// database migrates from zero, re-applying is a no-op, the migrations match schema.prisma, and
// the hand-written rules in the init migration really refuse bad rows.
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, checkDrift, createMigration, projectPaths } from "@/scripts/db/migrate";

const server = inject("databaseUrl");
const migrationNames = readdirSync(projectPaths().migrations, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("a fresh database", () => {
  const name = `ambidex_migrations_${randomBytes(4).toString("hex")}`;
  const fresh = Object.assign(new URL(server), { pathname: `/${name}` }).toString();

  beforeAll(() => query(server, `CREATE DATABASE "${name}"`));
  afterAll(() => query(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it("migrates from zero and records the init migration in _prisma_migrations", async () => {
    expect(await applyMigrations(fresh)).toEqual(migrationNames);
    const rows = await query<{ migration_name: string; finished: boolean }>(
      fresh,
      `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toContainEqual({ migration_name: "20261123000000_init", finished: true });
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(fresh)).toEqual([]);
    const [row] = await query<{ count: string }>(fresh, "SELECT count(*) FROM _prisma_migrations");
    expect(Number(row?.count)).toBe(migrationNames.length);
  });
});

/** Runs `work` on a throw-away copy of prisma/, so tests can change the schema and migrations. */
async function withProjectCopy(work: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), "ambidex-migrate-"));
  try {
    cpSync(path.dirname(projectPaths().schema), path.join(root, "prisma"), { recursive: true });
    await work(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function addNoteToBoardCapacity(root: string): string {
  const file = projectPaths(root).schema;
  const schema = readFileSync(file, "utf8").replace("model BoardCapacity {", "model BoardCapacity {\n  note String?");
  writeFileSync(file, schema);
  return schema;
}

describe("drift between prisma/schema.prisma and the migrations", () => {
  it("finds none", async () => {
    expect(await checkDrift(server)).toEqual([]);
  });

  it("notices a schema change no migration has, and a migration change the schema lacks", async () => {
    await withProjectCopy(async (root) => {
      addNoteToBoardCapacity(root);
      const extra = path.join(projectPaths(root).migrations, "20261124000000_hand_made");
      mkdirSync(extra);
      writeFileSync(path.join(extra, "migration.sql"), 'CREATE INDEX "Team_name_idx" ON "Team"("name");\n');
      const problems = await checkDrift(server, { root });
      expect(problems).toEqual([
        "prisma/schema.prisma has changes no migration contains: run npm run db:migrate -- <name>",
        'only in the migrations: index CREATE INDEX "Team_name_idx" ON public."Team" USING btree (name)',
        'only in schema.prisma: column "BoardCapacity".note text',
      ]);
    });
  });
});

describe("createMigration", () => {
  it("writes the change since the last migration, after which nothing drifts", async () => {
    await withProjectCopy(async (root) => {
      const schema = addNoteToBoardCapacity(root);
      // A clock after every real migration, so the name comes from it rather than from the last folder.
      const options = { root, databaseUrl: server, now: new Date("2099-11-24T10:11:12Z") };
      const folder = await createMigration("add_board_capacity_note", options);
      expect(path.basename(folder)).toBe("20991124101112_add_board_capacity_note");
      expect(readFileSync(path.join(folder, "migration.sql"), "utf8")).toContain('ALTER TABLE "BoardCapacity" ADD COLUMN     "note" TEXT;');
      expect(readFileSync(projectPaths(root).snapshot, "utf8")).toBe(schema);
      expect(await checkDrift(server, { root })).toEqual([]);
      await expect(createMigration("again", options)).rejects.toThrow(/^No changes/);
    });
  });

  it("refuses a name that is not snake_case before doing anything", async () => {
    await expect(createMigration("Add Note", { databaseUrl: server })).rejects.toThrow(/e\.g\. add_note$/);
  });
});

describe("rules Prisma cannot express", () => {
  let client: pg.Client;
  const suffix = randomBytes(4).toString("hex");

  // Everything happens in one transaction that is rolled back, so the shared database stays clean.
  beforeAll(async () => {
    client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query("BEGIN");
  });
  afterAll(async () => {
    await client.query("ROLLBACK");
    await client.end();
  });

  /** The error a statement fails with; the savepoint keeps the transaction usable afterwards. */
  async function refusal(sql: string, params: unknown[]): Promise<pg.DatabaseError> {
    await client.query("SAVEPOINT attempt");
    try {
      await client.query(sql, params);
    } catch (error) {
      if (error instanceof pg.DatabaseError) return error;
      throw error;
    } finally {
      await client.query("ROLLBACK TO SAVEPOINT attempt");
    }
    throw new Error(`expected the database to refuse: ${sql}`);
  }

  async function insertKpi(layer: string, code: string): Promise<number> {
    const [owner] = (
      await client.query<{ id: number }>(
        `INSERT INTO "User" (email, name, role, "passwordHash", "updatedAt")
         VALUES ($1, 'Owner', 'process_owner', 'x', now()) RETURNING id`,
        [`${code}@example.test`],
      )
    ).rows;
    const sql = `INSERT INTO "Kpi" (code, name, layer, scorecard, unit, direction, target, "redFlag",
                   frequency, "indicatorType", "ownerId", "updatedAt")
                 VALUES ($1, 'K', $2, 'operational', '%', 'higher', 95, 90, 'monthly', 'lagging', $3, now())
                 RETURNING id`;
    const [kpi] = (await client.query<{ id: number }>(sql, [code, layer, owner?.id])).rows;
    if (!kpi) throw new Error("no KPI inserted");
    return kpi.id;
  }

  it("refuses a demand KPI without a business priority (the same KPI on the supply layer is fine)", async () => {
    await expect(insertKpi("supply", `supply_${suffix}`)).resolves.toBeGreaterThan(0);
    const error = await refusal(
      `INSERT INTO "Kpi" (code, name, layer, scorecard, unit, direction, target, "redFlag", frequency,
         "indicatorType", "ownerId", "updatedAt")
       SELECT $1, 'K', 'demand', 'strategic', '%', 'higher', 95, 90, 'monthly', 'lagging', "ownerId", now()
         FROM "Kpi" WHERE code = $2`,
      [`demand_${suffix}`, `supply_${suffix}`],
    );
    expect(error.constraint).toBe("kpi_demand_needs_priority");
  });

  it("keeps readings append-only and corrections explained", async () => {
    const kpiId = await insertKpi("supply", `reading_${suffix}`);
    const insert = `INSERT INTO "Reading" ("kpiId", period, version, value, reason, source)
                    VALUES ($1, DATE '2026-10-01', $2, 93, $3, 'manual') RETURNING id`;
    const [reading] = (await client.query<{ id: number }>(insert, [kpiId, 1, null])).rows;

    const update = await refusal(`UPDATE "Reading" SET value = 99 WHERE id = $1`, [reading?.id]);
    expect(update.message).toBe("Reading is append-only: add a new row instead");
    const remove = await refusal(`DELETE FROM "Reading" WHERE id = $1`, [reading?.id]);
    expect(remove.message).toBe("Reading is append-only: add a new row instead");

    expect((await refusal(insert, [kpiId, 2, "  "])).constraint).toBe("reading_correction_needs_reason");
    await expect(client.query(insert, [kpiId, 2, "meter was misread"])).resolves.toMatchObject({ rowCount: 1 });
  });

  it("keeps demand profiles append-only: re-profiling adds a profile effective from a date", async () => {
    const [fn] = (
      await client.query<{ id: number }>(
        `WITH chain AS (INSERT INTO "ValueChain" (code, name) VALUES ($1, 'Chain') RETURNING id)
         INSERT INTO "BusinessFunction" (code, name, "valueChainId", "updatedAt")
         SELECT $1, 'Function', id, now() FROM chain RETURNING id`,
        [`FN_${suffix}`],
      )
    ).rows;
    const [profile] = (
      await client.query<{ id: number }>(
        `INSERT INTO "DemandProfile" ("businessFunctionId", "effectiveFrom", "controlFlexibility", "riskTolerance",
           "availabilityNeed", "changeCadence", users, "transactionsPerDay", "targetExploreShare")
         VALUES ($1, DATE '2026-01-01', 40, 'medium', 'high', 'monthly', 10, 100, 30) RETURNING id`,
        [fn?.id],
      )
    ).rows;
    const update = await refusal(`UPDATE "DemandProfile" SET "targetExploreShare" = 60 WHERE id = $1`, [profile?.id]);
    expect(update.message).toBe("DemandProfile is append-only: add a new row instead");
    const remove = await refusal(`DELETE FROM "DemandProfile" WHERE id = $1`, [profile?.id]);
    expect(remove.message).toBe("DemandProfile is append-only: add a new row instead");
    expect((await refusal(`UPDATE "BusinessFunction" SET version = 0 WHERE id = $1`, [fn?.id])).constraint).toBe("business_function_version_positive");
  });
});
