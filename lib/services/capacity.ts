// The board sets the person-weeks it can fund in a quarter; every setting is kept.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { addCapacity, type CapacityInForce } from "@/lib/db/board-capacity";
import { ok, refuse, type Result } from "@/lib/refusal";
import { capacityInputSchema } from "@/lib/schemas/initiative";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";

/** `input` is {quarterStart: YYYY-MM-DD, the first day of a quarter; personWeeks}. */
export async function setCapacity(actor: Actor, input: unknown): Promise<Result<CapacityInForce>> {
  if (!can(actor, "capacity:set")) return refuse(notPermitted("capacity:set"));
  const parsed = parseWith(capacityInputSchema, input);
  if (!parsed.ok) return parsed;
  const { quarterStart, personWeeks } = parsed.value;
  return transactionally(async (tx) => ok(await addCapacity(tx, actor.id, quarterStart, personWeeks)));
}
