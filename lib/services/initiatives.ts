// Improvement initiatives: propose (also from a KPI's gap), edit under optimistic concurrency, and
// comment. Each use case authorises, parses, applies the backlog rules and writes in one
// transaction with its audit event; refusals come back as values.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { takesPartIn } from "@/lib/auth/backlog-rights";
import { editProblems, fieldsOutsideBoardEdit } from "@/lib/domain/backlog/editing";
import { gapPrefill, type GapPrefill } from "@/lib/domain/backlog/gap-prefill";
import {
  activeUserIdByEmail,
  businessFunctionIdByCode,
  createComment,
  createInitiative,
  currentValueOf,
  findGapKpi,
  findInitiativeForEdit,
  findInitiativeOwner,
  liveKpiIds,
  updateInitiativeAtVersion,
  type BacklogInitiative,
  type References,
} from "@/lib/db/initiatives";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Tx } from "@/lib/db/transaction";
import { conflict, forbidden, invalid, invalidAt, notFound, ok, refuse, type FieldProblem, type Result } from "@/lib/refusal";
import { commentSchema, initiativeProposeSchema, initiativeUpdateSchema, type InitiativeChanges } from "@/lib/schemas/initiative";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";

export const staleInitiative = (code: string) =>
  conflict(`Initiative ${code} was changed by someone else since you loaded it. Reload to see their change, then try again.`);

export const noInitiative = (id: number) => notFound(`There is no initiative with id ${id}.`);

/** Codes and emails named in the input, resolved; the unknown ones are field problems. */
async function resolveReferences(tx: Tx, input: InitiativeChanges): Promise<Result<References>> {
  const errors: FieldProblem[] = [];
  const kpiIds = input.kpis
    ? await liveKpiIds(
        tx,
        input.kpis.map((k) => k.code),
      )
    : new Map<string, number>();
  input.kpis?.forEach((link, index) => {
    if (!kpiIds.has(link.code)) errors.push({ path: `kpis[${index}].code`, message: `There is no live KPI with code '${link.code}'` });
  });
  const user = async (field: "owner" | "sponsor", email: string | null | undefined) => {
    if (!email) return email === null ? null : undefined;
    const id = await activeUserIdByEmail(tx, email);
    if (id === undefined) errors.push({ path: field, message: `There is no active user with email '${email}'` });
    return id;
  };
  const ownerId = (await user("owner", input.owner)) ?? undefined;
  const sponsorId = await user("sponsor", input.sponsor);
  let businessFunctionId: number | null | undefined = input.businessFunction === null ? null : undefined;
  if (input.businessFunction) {
    businessFunctionId = await businessFunctionIdByCode(tx, input.businessFunction);
    if (businessFunctionId === undefined)
      errors.push({ path: "businessFunction", message: `There is no business function with code '${input.businessFunction}'` });
  }
  return errors.length > 0 ? refuse(invalid(errors)) : ok({ kpiIds, ownerId, sponsorId, businessFunctionId });
}

/** A new initiative in `proposed`, its KPIs' current values as provisional baselines. */
export async function proposeInitiative(actor: Actor, input: unknown): Promise<Result<BacklogInitiative>> {
  if (!can(actor, "initiative:propose")) return refuse(notPermitted("initiative:propose"));
  const parsed = parseWith(initiativeProposeSchema, input, "The initiative was refused; `errors` names each field.");
  if (!parsed.ok) return parsed;
  const proposal = parsed.value;
  for (let attempt = 0; ; attempt++) {
    try {
      return await transactionally(async (tx) => {
        const refs = await resolveReferences(tx, proposal);
        return refs.ok ? ok(await createInitiative(tx, actor.id, proposal, refs.value)) : refs;
      });
    } catch (error) {
      // Two proposals took the same next code at once: the loser tries the following number.
      if (isUniqueViolation(error) && attempt < 4) continue;
      throw error;
    }
  }
}

/** What a proposal made from a KPI's gap starts with. Writes nothing. */
export async function proposeFromGap(actor: Actor, kpiCode: string): Promise<Result<GapPrefill>> {
  if (!can(actor, "initiative:propose")) return refuse(notPermitted("initiative:propose"));
  const kpi = await findGapKpi(kpiCode);
  if (!kpi) return refuse(notFound(`There is no KPI with code '${kpiCode}'.`));
  const current = await currentValueOf(kpi.id);
  return ok(gapPrefill({ ...kpi, businessFunction: kpi.businessFunction?.code ?? null }, current));
}

/**
 * Applies `changes` (any subset of the fields, as sent, with the `version` the editor saw) when the
 * initiative is still at that version; a stale version is a conflict and nothing is written.
 */
export async function updateInitiative(actor: Actor, id: number, changes: unknown): Promise<Result<BacklogInitiative>> {
  const existing = await findInitiativeForEdit(id);
  if (!existing) return refuse(noInitiative(id));
  const runs = can(actor, "initiative:run", { ownerId: existing.ownerId });
  if (!runs && !can(actor, "initiative:decide")) return refuse(notPermitted("initiative:run"));
  const parsed = parseWith(initiativeUpdateSchema, changes, "The change was refused; `errors` names each field.");
  if (!parsed.ok) return parsed;
  const { version, ...valid } = parsed.value;
  if (!runs) {
    const outside = fieldsOutsideBoardEdit(Object.keys(valid));
    if (outside.length > 0) return refuse(forbidden(`Board members may change only timeCriticality and riskReduction, not ${outside.join(", ")}.`));
  }
  if (Object.keys(valid).length === 0) return refuse(invalidAt("body", "Send at least one field to change besides version"));
  if (version !== existing.version) return refuse(staleInitiative(existing.code));
  const errors = editProblems(existing, valid);
  if (errors.length > 0) return refuse(invalid(errors));
  return transactionally(async (tx) => {
    const refs = await resolveReferences(tx, valid);
    if (!refs.ok) return refs;
    const after = await updateInitiativeAtVersion(tx, actor.id, existing, version, valid, refs.value);
    return after ? ok(after) : refuse(staleInitiative(existing.code));
  });
}

/** A comment on an initiative, by anyone who takes part in the backlog (proposes, runs or decides). */
export async function commentOnInitiative(actor: Actor, id: number, input: unknown): Promise<Result<{ id: number; body: string; createdAt: Date }>> {
  const initiative = await findInitiativeOwner(id);
  if (!initiative) return refuse(noInitiative(id));
  if (!takesPartIn(actor, initiative)) return refuse(forbidden("Only people who propose, run or decide initiatives may comment on them."));
  const parsed = parseWith(commentSchema, input);
  if (!parsed.ok) return parsed;
  return transactionally(async (tx) => ok(await createComment(tx, actor.id, initiative, parsed.value.body)));
}
