import type { Prisma } from "@/lib/generated/prisma/client";

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
