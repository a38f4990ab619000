import type { Role } from "@/lib/domain/enums";
import { db } from "./client";
import { recordAudit } from "./audit";
import type { Tx } from "./transaction";

export interface UserSummary {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
}

const summary = { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true } as const;

export function getUserById(id: number): Promise<UserSummary | null> {
  return db().user.findUnique({ where: { id }, select: summary });
}

export function findUserByEmail(email: string): Promise<UserSummary | null> {
  return db().user.findUnique({ where: { email }, select: summary });
}

export function findUserForSignIn(email: string) {
  return db().user.findUnique({ where: { email }, select: { ...summary, passwordHash: true } });
}

export async function recordSignIn(id: number): Promise<void> {
  await db().user.update({ where: { id }, data: { lastSignInAt: new Date() } });
}

export function listUsers(): Promise<UserSummary[]> {
  return db().user.findMany({ select: summary, orderBy: [{ role: "asc" }, { name: "asc" }] });
}

export function emailTaken(tx: Tx, email: string): Promise<boolean> {
  return tx.user.count({ where: { email } }).then((n) => n > 0);
}

interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

/** Creates the user and its audit event together. */
export async function createUser(tx: Tx, input: NewUser, actorId: number | null): Promise<UserSummary> {
  const user = await tx.user.create({ data: input, select: summary });
  await recordAudit(tx, {
    actorId,
    action: "user.create",
    entityType: "User",
    entityId: String(user.id),
    after: { email: user.email, name: user.name, role: user.role },
  });
  return user;
}
