// `npm start`: database → migrations → demo seed (if empty) → build (if stale) → serve.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { DATA_DIR, openDatabase } from "./db/database";
import { applyMigrations } from "./db/migrate";
import { seedIfEmpty } from "./db/seed-if-empty";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo-accounts";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
/** End-to-end tests: a temporary database that is deleted when the app stops. */
const throwAway = process.argv.includes("--throwaway");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const database = await openDatabase((line) => console.log(`  ${line}`), throwAway);
  const demo = process.env.DEMO_MODE ? ["1", "true", "yes"].includes(process.env.DEMO_MODE) : database.embedded;
  const where = throwAway ? "a temporary folder" : ".data/postgres";
  console.log(database.embedded ? `▸ Embedded PostgreSQL is running (data in ${where})` : "▸ Using the PostgreSQL at DATABASE_URL");

  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `▸ Applied migrations: ${applied.join(", ")}` : "▸ Database schema is up to date");
  if (demo) {
    const seeded = await seedIfEmpty(database.url);
    console.log(seeded ? `▸ ${seeded}` : "▸ Demo organisation already present");
  }
  // The end-to-end tests' factories (tests/e2e/factories.ts) write their own rows to this database;
  // a second server (an organisation starting from nothing) names its own file.
  if (throwAway) {
    mkdirSync(path.join(ROOT, ".e2e"), { recursive: true });
    const file = path.basename(process.env.E2E_URL_FILE ?? "database-url");
    writeFileSync(path.join(ROOT, ".e2e", file), database.url, { mode: 0o600 });
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? persistentSecret(),
    DEMO_MODE: demo ? "1" : "0",
    PORT: String(port),
  };
  if (!dev && buildIsStale()) {
    console.log("▸ Building the app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout?.on("data", (chunk: Buffer) => process.stdout.write(chunk));
  stopTogether(server, database.close);
  await waitForHealth(port);
  announce(port, demo, Date.now() - started);
}

/** A secret made once per machine and kept in .data/, so sessions survive restarts. */
function persistentSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "generated") newest = Math.max(newest, newestSourceTime(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib"].map((dir) => newestSourceTime(path.join(ROOT, dir)));
  const files = ["package-lock.json", "next.config.ts", "proxy.ts", "prisma/schema.prisma"].map((f) => statSync(path.join(ROOT, f)).mtimeMs);
  return Math.max(...sources, ...files) > built;
}

function stopTogether(server: ChildProcess, closeDatabase: () => Promise<void>): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await closeDatabase().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 1));
}

async function waitForHealth(port: number): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not become healthy within 150 s");
}

function announce(port: number, demo: boolean, elapsedMs: number): void {
  console.log(`\n✔ Ambidex is ready at http://localhost:${port}  (started in ${(elapsedMs / 1000).toFixed(1)} s)`);
  if (demo) {
    console.log(`\n  Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`    ${account.email.padEnd(22)} ${account.role}`);
  } else {
    console.log("  Create the first administrator with: npm run user:create -- --email you@example.com --role admin");
  }
  console.log("\n  Press Ctrl+C to stop.\n");
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
