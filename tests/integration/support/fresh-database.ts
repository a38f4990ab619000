// A fresh, migrated database on the test server for one scenario, dropped afterwards; `use` makes
// the app's own client (lib/db/client) talk to it, so use cases run against it unchanged.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/scripts/db/migrate";

const server = () => inject("databaseUrl");

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  db: Db;
  /** Runs `work` with the app's client pointed at this database, then points it back. */
  use: <T>(work: () => Promise<T>) => Promise<T>;
  drop: () => Promise<void>;
}

const shared = globalThis as unknown as { prisma?: Db };

export async function freshDatabase(prefix: string): Promise<FreshDatabase> {
  const name = `ambidex_${prefix}_${randomBytes(5).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(server()), { pathname: `/${name}` }).toString();
  await applyMigrations(url);
  const db = createPrismaClient(url);
  return {
    db,
    use: async (work) => {
      const before = shared.prisma;
      shared.prisma = db;
      try {
        return await work();
      } finally {
        shared.prisma = before;
      }
    },
    drop: async () => {
      await db.$disconnect();
      await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
