// One PostgreSQL for the whole integration run: a throw-away embedded cluster unless
// TEST_DATABASE_URL (or DATABASE_URL) names another. Tests make their own rows with factories,
// so they can share it and run in parallel.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../scripts/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let folder: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    folder = mkdtempSync(path.join(tmpdir(), "ambidex-test-"));
    embedded = await startEmbeddedPostgres({ dataDir: path.join(folder, "pg"), database: "ambidex_test", throwAway: true });
    url = embedded.url;
  }
  await applyMigrations(url);
  project.provide("databaseUrl", url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
