// Creating, renaming, describing and moving business functions between value chains. A function's
// demand profiles have their own use case (demand-profiles.ts), since they are dated history.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import {
  createBusinessFunction,
  deleteUnusedFunctionAtVersion,
  findBusinessFunction,
  functionReferences,
  updateBusinessFunctionAtVersion,
  type BusinessFunctionRow,
} from "@/lib/db/business-functions";
import type { Tx } from "@/lib/db/transaction";
import { findValueChain } from "@/lib/db/value-chains";
import { utcDay } from "@/lib/domain/periods";
import { conflict, invalidAt, notFound, ok, refuse, Refused, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { businessFunctionCreateSchema, businessFunctionUpdateSchema, type BusinessFunctionJson } from "@/lib/schemas/organisation";
import { parseWith } from "@/lib/schemas/problems";
import { deletionSchema } from "@/lib/schemas/version";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

export function businessFunctionJson(row: BusinessFunctionRow): BusinessFunctionJson {
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    valueChain: row.valueChain.code,
    version: row.version,
    profileInForce: row.profiles.length > 0,
    kpiCount: row._count.kpis,
    priorityCount: row._count.priorities,
  };
}

const taken = (code: string) => conflict(`A business function with code ${code} already exists. Choose another code.`);

/** The value chain named in the body: unknown → 422 at `valueChain`. */
async function chainNamed(tx: Tx, code: string): Promise<{ id: number; code: string; name: string }> {
  const chain = await findValueChain(code, tx);
  if (!chain) throw new Refused(invalidAt("valueChain", `There is no value chain ${code}. Create it first, or use one that exists.`));
  return chain;
}

export async function createBusinessFunctionFor(actor: Actor, input: unknown): Promise<Result<BusinessFunctionJson>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const parsed = parseWith(businessFunctionCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { valueChain, ...fn } = parsed.value;
  const today = utcDay(new Date());
  return createUnlessTaken(taken(fn.code), () =>
    transactionally(async (tx) => {
      const chain = await chainNamed(tx, valueChain);
      if (await findBusinessFunction(fn.code, today, tx)) return refuse(taken(fn.code));
      const after = businessFunctionJson(await createBusinessFunction(tx, { ...fn, valueChainId: chain.id }, today));
      await recordAudit(tx, { actorId: actor.id, action: "business-function.create", entityType: "BusinessFunction", entityId: fn.code, after });
      return ok(after);
    }),
  );
}

/** A rename, a new description or a move to another value chain, at the version the editor saw. */
export async function updateBusinessFunction(actor: Actor, code: string, input: unknown): Promise<Result<BusinessFunctionJson>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const missing = notFound(`There is no business function ${code}.`);
  if (!codeParamSchema.safeParse(code).success) return refuse(missing);
  const parsed = parseWith(businessFunctionUpdateSchema, input);
  if (!parsed.ok) return parsed;
  const { version, valueChain, ...changes } = parsed.value;
  if (Object.keys(changes).length === 0 && valueChain === undefined)
    return refuse(invalidAt("body", "Send name, description or valueChain to change, with version"));
  const today = utcDay(new Date());
  return transactionally(async (tx) => {
    const current = await findBusinessFunction(code, today, tx);
    if (!current) return refuse(missing);
    if (current.version !== version) return refuse(changedMeanwhile(`Business function ${code}`));
    const moveTo = valueChain === undefined ? null : await chainNamed(tx, valueChain);
    const written = await updateBusinessFunctionAtVersion(tx, current.id, version, { ...changes, ...(moveTo ? { valueChainId: moveTo.id } : {}) });
    if (!written) return refuse(changedMeanwhile(`Business function ${code}`));
    const after = businessFunctionJson({ ...current, ...changes, valueChain: moveTo ?? current.valueChain, version: version + 1 });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "business-function.update",
      entityType: "BusinessFunction",
      entityId: code,
      before: businessFunctionJson(current),
      after,
    });
    return ok(after);
  });
}

/**
 * Deletes a business function set up by mistake: only while no KPI, priority or demand profile
 * refers to it (those are history) and at the version last seen.
 */
export async function deleteBusinessFunction(actor: Actor, code: string, input: unknown): Promise<Result<{ deleted: string }>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const missing = notFound(`There is no business function ${code}.`);
  if (!codeParamSchema.safeParse(code).success) return refuse(missing);
  const parsed = parseWith(deletionSchema, input);
  if (!parsed.ok) return parsed;
  return transactionally(async (tx) => {
    const current = await findBusinessFunction(code, utcDay(new Date()), tx);
    if (!current) return refuse(missing);
    const refs = await functionReferences(tx, current.id);
    const held = [
      refs.kpis > 0 ? `${refs.kpis} KPI${refs.kpis === 1 ? "" : "s"}` : null,
      refs.priorities > 0 ? `${refs.priorities} priorit${refs.priorities === 1 ? "y" : "ies"}` : null,
      refs.profiles > 0 ? `${refs.profiles} demand profile${refs.profiles === 1 ? "" : "s"}` : null,
    ].filter((item): item is string => item !== null);
    if (held.length > 0) {
      return refuse(conflict(`Business function ${code} has ${held.join(", ")}: that is history, so it stays. Rename it or move it to another chain instead.`));
    }
    if (!(await deleteUnusedFunctionAtVersion(tx, current.id, parsed.value.version))) return refuse(changedMeanwhile(`Business function ${code}`));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "business-function.delete",
      entityType: "BusinessFunction",
      entityId: code,
      before: businessFunctionJson(current),
    });
    return ok({ deleted: code });
  });
}
