// Re-profiling a business function: a new demand profile takes effect from a day and the earlier
// ones stay, so scoring uses the profile in force on any day (lib/domain/demand-profile.ts).
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { createDemandProfile, lockFunctionProfileStarts, type DemandProfileRow } from "@/lib/db/demand-profiles";
import { profileStartProblem } from "@/lib/domain/demand-profile";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { invalidAt, notFound, ok, refuse, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { demandProfileInputSchema, type DemandProfileJson } from "@/lib/schemas/demand-profile";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";

export function demandProfileJson(businessFunction: string, row: DemandProfileRow): DemandProfileJson {
  const { id: _id, recordedBy, effectiveFrom, recordedAt, ...fields } = row;
  return { businessFunction, effectiveFrom: toIsoDate(effectiveFrom), ...fields, recordedBy: recordedBy?.email ?? null, recordedAt: recordedAt.toISOString() };
}

/** `options.history`: only for a function created in the same transaction (the catalogue import), whose past no scorecard has shown. */
export async function recordDemandProfile(
  actor: Actor,
  functionCode: string,
  input: unknown,
  options: { history?: boolean } = {},
): Promise<Result<DemandProfileJson>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const missing = notFound(`There is no business function ${functionCode}.`);
  if (!codeParamSchema.safeParse(functionCode).success) return refuse(missing);
  const parsed = parseWith(demandProfileInputSchema, input);
  if (!parsed.ok) return parsed;
  const profile = parsed.value;
  return transactionally(async (tx) => {
    const fn = await lockFunctionProfileStarts(tx, functionCode);
    if (!fn) return refuse(missing);
    const problem = profileStartProblem(fn.starts, profile.effectiveFrom, utcDay(new Date()), options.history);
    if (problem) return refuse(invalidAt("effectiveFrom", problem, problem));
    const created = await createDemandProfile(tx, { ...profile, businessFunctionId: fn.id, recordedById: actor.id });
    const after = demandProfileJson(fn.code, created);
    await recordAudit(tx, { actorId: actor.id, action: "demand-profile.record", entityType: "DemandProfile", entityId: String(created.id), after });
    return ok(after);
  });
}
