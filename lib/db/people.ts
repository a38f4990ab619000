// An administrator's view of one person: their account as it can be changed, and everything they
// own, which a leaver hands over in one step.
import type { Role } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import type { Tx } from "./transaction";

const ACCOUNT = { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true, createdAt: true, version: true } as const;

export function findAccount(tx: Tx, where: { id: number } | { email: string }) {
  return "id" in where
    ? tx.user.findUnique({ where: { id: where.id }, select: ACCOUNT })
    : tx.user.findFirst({ where: { email: { equals: where.email, mode: "insensitive" } }, select: ACCOUNT });
}
export type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

export function getAccount(id: number) {
  return findAccount(db(), { id });
}

export function countActiveAdmins(tx: Tx): Promise<number> {
  return tx.user.count({ where: { role: "admin", active: true } });
}

export interface AccountChanges {
  role?: Role;
  active?: boolean;
  name?: string;
  passwordHash?: string;
}

/** Changes the account only while it is still at `version`; false when someone else changed it first. */
export async function updateAccountAtVersion(tx: Tx, id: number, version: number, changes: AccountChanges): Promise<boolean> {
  const updated = await tx.user.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return updated.count > 0;
}

/** A deactivated person's tokens are revoked, so that reactivating them does not bring old tokens back. */
export async function revokeTokensOf(tx: Tx, userId: number): Promise<number> {
  const revoked = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return revoked.count;
}

/** Initiatives that are still someone's to run: everything not done or rejected. */
const OPEN_INITIATIVE: Prisma.InitiativeWhereInput = { status: { notIn: ["done", "rejected"] } };

/** Everything a person owns or is accountable for, by code (or id and title where there is no code). */
export async function loadOwnership(tx: Tx, userId: number) {
  const [kpis, processes, capabilities, initiatives, monitoring] = await Promise.all([
    tx.kpi.findMany({ where: { ownerId: userId }, orderBy: { code: "asc" }, select: { code: true, name: true, archivedAt: true } }),
    tx.process.findMany({ where: { ownerId: userId }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
    tx.capability.findMany({ where: { ownerId: userId }, orderBy: { code: "asc" }, select: { code: true, name: true } }),
    tx.initiative.findMany({ where: { ownerId: userId, ...OPEN_INITIATIVE }, orderBy: { id: "asc" }, select: { id: true, title: true, status: true } }),
    tx.monitoringAction.findMany({
      where: { accountableId: userId, retiredAt: null },
      orderBy: { id: "asc" },
      select: { id: true, action: true, process: { select: { code: true, name: true } } },
    }),
  ]);
  return { kpis, processes, capabilities, initiatives, monitoring };
}
export type Ownership = Awaited<ReturnType<typeof loadOwnership>>;

/** Moves everything `fromId` owns to `toId`; done initiatives and retired actions stay as history. */
export async function handOver(tx: Tx, fromId: number, toId: number): Promise<void> {
  await tx.kpi.updateMany({ where: { ownerId: fromId }, data: { ownerId: toId, version: { increment: 1 } } });
  await tx.process.updateMany({ where: { ownerId: fromId }, data: { ownerId: toId, version: { increment: 1 } } });
  await tx.capability.updateMany({ where: { ownerId: fromId }, data: { ownerId: toId, version: { increment: 1 } } });
  await tx.initiative.updateMany({ where: { ownerId: fromId, ...OPEN_INITIATIVE }, data: { ownerId: toId, version: { increment: 1 } } });
  await tx.monitoringAction.updateMany({ where: { accountableId: fromId, retiredAt: null }, data: { accountableId: toId } });
}

/** Active people who could take over, for the hand-over picker. */
export function listActivePeople() {
  return db().user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, email: true, name: true, role: true } });
}
