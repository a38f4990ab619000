import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Called inside the transaction that makes the change, so the log never disagrees with it. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}

export interface AuditQuery {
  entityType?: string;
  action?: string;
  /** Part of the actor's email, any case. */
  actor?: string;
  /** Inclusive calendar days (YYYY-MM-DD), in UTC. */
  from?: string;
  to?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function auditWhere(query: AuditQuery): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (query.from) createdAt.gte = new Date(`${query.from}T00:00:00Z`);
  // "to" names a whole day, so everything before the next midnight counts.
  if (query.to) createdAt.lt = new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS);
  return {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.actor ? { actor: { email: { contains: query.actor, mode: "insensitive" } } } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
}

/** One page of the audit log, newest first, with the total for pagination. */
export async function listAuditEvents(query: AuditQuery, page: number, pageSize: number) {
  const where = auditWhere(query);
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  return { total, events };
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** The entity types and actions that occur in the log, to offer as filter choices. */
export async function listAuditVocabulary(): Promise<{ entityTypes: string[]; actions: string[] }> {
  const [entityTypes, actions] = await Promise.all([
    db().auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    db().auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: entityTypes.map((row) => row.entityType), actions: actions.map((row) => row.action) };
}
