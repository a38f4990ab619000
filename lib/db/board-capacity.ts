// The person-weeks the governance board can fund per quarter. Setting it adds a row (the history of
// the board's budget stays); the latest row for a quarter is the one in force.
import { recordAudit } from "./audit";
import { db } from "./client";
import type { Tx } from "./transaction";

export interface CapacityInForce {
  quarterStart: Date;
  personWeeks: number;
  setAt: Date;
  setBy: { name: string; email: string };
}

const capacitySelect = { quarterStart: true, personWeeks: true, setAt: true, setBy: { select: { name: true, email: true } } } as const;

/** Adds the quarter's capacity (quarterStart YYYY-MM-DD) with its audit event. */
export async function addCapacity(tx: Tx, actorId: number, quarterStart: string, personWeeks: number): Promise<CapacityInForce> {
  const row = await tx.boardCapacity.create({
    data: { quarterStart: new Date(quarterStart), personWeeks, setById: actorId },
    select: { id: true, ...capacitySelect },
  });
  await recordAudit(tx, { actorId, action: "capacity.set", entityType: "BoardCapacity", entityId: quarterStart, after: { personWeeks: row.personWeeks } });
  return row;
}

/** The capacity in force for the quarter starting `quarterStart`, or null when the board set none. */
export function currentCapacity(quarterStart: string | Date): Promise<CapacityInForce | null> {
  return db().boardCapacity.findFirst({
    where: { quarterStart: new Date(asDay(quarterStart)) },
    orderBy: [{ setAt: "desc" }, { id: "desc" }],
    select: capacitySelect,
  });
}

/** Calendar days travel as YYYY-MM-DD; a Date is read in UTC, as @db.Date columns are. */
function asDay(day: string | Date): string {
  return typeof day === "string" ? day : day.toISOString().slice(0, 10);
}
