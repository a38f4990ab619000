// Shapes shared by the seed's steps.
import type { Prisma } from "@/lib/generated/prisma/client";

/** The seed runs inside one interactive transaction, so every step gets the transaction client. */
export type SeedDb = Prisma.TransactionClient;

/** The demo sign-ins, by the local part of their e-mail address. */
export type DemoPersona = "admin" | "cto" | "owner" | "owner2" | "board" | "viewer";

export interface SeedContext {
  db: SeedDb;
  /** UTC midnight; all demo dates are relative to it. */
  today: Date;
  userIds: Record<DemoPersona, number>;
}

/** Rows a seed run added, per table. A re-run on a seeded database adds none. */
export interface SeedCounts {
  users: number;
  teams: number;
  valueChains: number;
  businessFunctions: number;
  demandProfiles: number;
  businessPriorities: number;
  processes: number;
  processSteps: number;
  monitoringActions: number;
  capabilities: number;
  coordinationMechanisms: number;
  kpis: number;
  kpiLinks: number;
  readings: number;
  initiatives: number;
  initiativeKpis: number;
  boardDecisions: number;
  initiativeComments: number;
  boardCapacities: number;
}

/** code → id of rows the seed created or found. */
export type IdsByCode = Map<string, number>;

export function idOf(ids: IdsByCode, code: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`Seed data refers to unknown code ${code}`);
  return id;
}
