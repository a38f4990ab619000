// Which PostgreSQL the command-line scripts use: DATABASE_URL when given, otherwise the
// embedded server whose data lives in .data/postgres.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isAlive, startEmbeddedPostgres } from "./embedded-postgres";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");

/**
 * Who runs the embedded server now. A second command (user:create while `npm start` runs, say)
 * joins that server instead of treating it as a crash leftover and stopping it.
 */
const OWNER_FILE = path.join(DATA_DIR, "postgres.owner.json");

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
}

/** `throwAway` (end-to-end tests) keeps the cluster in a temporary folder, deleted on close. */
export async function openDatabase(log: (line: string) => void = console.log, throwAway = false): Promise<OpenDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, close: async () => {} };
  if (throwAway) return startThrowAway(log);
  const running = runningOwner();
  if (running) return { url: running.url, embedded: true, close: async () => {} };

  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), database: "ambidex", log });
  writeFileSync(OWNER_FILE, JSON.stringify({ pid: process.pid, url: server.url }), { mode: 0o600 });
  const close = async () => {
    rmSync(OWNER_FILE, { force: true });
    await server.stop();
  };
  return { url: server.url, embedded: true, close };
}

function runningOwner(): { pid: number; url: string } | null {
  if (!existsSync(OWNER_FILE)) return null;
  try {
    const owner = JSON.parse(readFileSync(OWNER_FILE, "utf8")) as { pid?: unknown; url?: unknown };
    if (typeof owner.pid === "number" && typeof owner.url === "string" && isAlive(owner.pid)) return { pid: owner.pid, url: owner.url };
  } catch {
    // unreadable: treat as a leftover
  }
  return null;
}

async function startThrowAway(log: (line: string) => void): Promise<OpenDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "ambidex-e2e-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(folder, "postgres"), database: "ambidex", throwAway: true, log });
  const close = async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  return { url: server.url, embedded: true, close };
}
