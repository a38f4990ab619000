// The one Prisma client. Every database access goes through lib/db; "server-only" makes a client
// component that reaches this file fail the build instead of shipping the database to a browser.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const cache = globalThis as unknown as { prisma?: PrismaClient };

/** Lazily created so that importing lib/db never needs a database (e.g. during `next build`). */
export function db(): PrismaClient {
  if (!cache.prisma) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    cache.prisma = createPrismaClient(env.DATABASE_URL);
  }
  return cache.prisma;
}
