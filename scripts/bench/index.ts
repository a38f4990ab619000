// `npm run bench`: speed is measured here, not asserted in tests. Starts a throw-away embedded
// Postgres, applies the migrations, runs each benchmark and prints its figures.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrate";

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "ambidex-bench-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), database: "ambidex_bench", throwAway: true });
  try {
    await applyMigrations(database.url);
    // lib/env reads DATABASE_URL when first imported, so the benchmarks are imported after this.
    process.env.DATABASE_URL = database.url;
    const { benchReadingImport } = await import("./reading-import");
    await benchReadingImport();
    const { db } = await import("@/lib/db/client");
    await db().$disconnect();
  } finally {
    await database.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Benchmark failed:", error);
    process.exit(1);
  },
);
