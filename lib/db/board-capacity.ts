// The person-weeks the governance board can fund per quarter. Setting it adds a row (the history of
// the board's budget stays); the latest row for a quarter is the one in force.
import { can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { capacityInputSchema } from "@/lib/schemas/initiative";
import { recordAudit } from "./audit";
import { db } from "./client";
import { zodErrors, type InitiativeResult } from "./initiatives";

export interface CapacityInForce {
  quarterStart: Date;
  personWeeks: number;
  setAt: Date;
  setBy: { name: string; email: string };
}

const capacitySelect = { quarterStart: true, personWeeks: true, setAt: true, setBy: { select: { name: true, email: true } } } as const;

/** Sets the quarter's capacity (quarterStart YYYY-MM-DD, the first day of a quarter). */
export async function setCapacity(actor: Actor, quarterStart: string | Date, personWeeks: number): Promise<InitiativeResult<{ capacity: CapacityInForce }>> {
  if (!can(actor, "capacity:set")) return { kind: "forbidden", message: new ForbiddenError("capacity:set").message };
  const parsed = capacityInputSchema.safeParse({ quarterStart: asDay(quarterStart), personWeeks });
  if (!parsed.success) return { kind: "invalid", errors: zodErrors(parsed.error.issues) };
  const capacity = await db().$transaction(async (tx) => {
    const row = await tx.boardCapacity.create({
      data: { quarterStart: new Date(parsed.data.quarterStart), personWeeks: parsed.data.personWeeks, setById: actor.id },
      select: { id: true, ...capacitySelect },
    });
    await recordAudit(tx, { actorId: actor.id, action: "capacity.set", entityType: "BoardCapacity", entityId: parsed.data.quarterStart, after: { personWeeks: row.personWeeks } });
    return row;
  });
  return { kind: "ok", capacity };
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
