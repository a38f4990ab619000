// Creating and editing value chains: the top of the organisation's model, grouping business functions.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { createValueChain, deleteEmptyValueChainAtVersion, findValueChain, updateValueChainAtVersion, type ValueChainRow } from "@/lib/db/value-chains";
import { conflict, invalidAt, notFound, ok, refuse, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { valueChainCreateSchema, valueChainUpdateSchema, type ValueChainJson } from "@/lib/schemas/organisation";
import { parseWith } from "@/lib/schemas/problems";
import { deletionSchema } from "@/lib/schemas/version";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

export function valueChainJson(row: ValueChainRow): ValueChainJson {
  return { code: row.code, name: row.name, description: row.description, version: row.version, businessFunctions: row.functions.map((fn) => fn.code) };
}

const taken = (code: string) => conflict(`A value chain with code ${code} already exists. Choose another code.`);

export async function createValueChainFor(actor: Actor, input: unknown): Promise<Result<ValueChainJson>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const parsed = parseWith(valueChainCreateSchema, input);
  if (!parsed.ok) return parsed;
  const chain = parsed.value;
  return createUnlessTaken(taken(chain.code), () =>
    transactionally(async (tx) => {
      if (await findValueChain(chain.code, tx)) return refuse(taken(chain.code));
      const after = valueChainJson(await createValueChain(tx, chain));
      await recordAudit(tx, { actorId: actor.id, action: "value-chain.create", entityType: "ValueChain", entityId: chain.code, after });
      return ok(after);
    }),
  );
}

/** A rename or a new description, at the version the editor saw. */
export async function updateValueChain(actor: Actor, code: string, input: unknown): Promise<Result<ValueChainJson>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const missing = notFound(`There is no value chain ${code}.`);
  if (!codeParamSchema.safeParse(code).success) return refuse(missing);
  const parsed = parseWith(valueChainUpdateSchema, input);
  if (!parsed.ok) return parsed;
  const { version, ...changes } = parsed.value;
  if (Object.keys(changes).length === 0) return refuse(invalidAt("body", "Send name or description to change, with version"));
  return transactionally(async (tx) => {
    const current = await findValueChain(code, tx);
    if (!current) return refuse(missing);
    if (current.version !== version) return refuse(changedMeanwhile(`Value chain ${code}`));
    if (!(await updateValueChainAtVersion(tx, current.id, version, changes))) return refuse(changedMeanwhile(`Value chain ${code}`));
    const after = valueChainJson({ ...current, ...changes, version: version + 1 });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "value-chain.update",
      entityType: "ValueChain",
      entityId: code,
      before: valueChainJson(current),
      after,
    });
    return ok(after);
  });
}

/**
 * Deletes a value chain that was set up by mistake: only while it has no business function (move
 * them first) and at the version last seen. Nothing with history is deleted.
 */
export async function deleteValueChain(actor: Actor, code: string, input: unknown): Promise<Result<{ deleted: string }>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const missing = notFound(`There is no value chain ${code}.`);
  if (!codeParamSchema.safeParse(code).success) return refuse(missing);
  const parsed = parseWith(deletionSchema, input);
  if (!parsed.ok) return parsed;
  return transactionally(async (tx) => {
    const current = await findValueChain(code, tx);
    if (!current) return refuse(missing);
    if (current.functions.length > 0) {
      const codes = current.functions.map((fn) => fn.code).join(", ");
      return refuse(
        conflict(`Value chain ${code} still groups business functions (${codes}): move them to another chain first. Only an empty chain is deleted.`),
      );
    }
    if (!(await deleteEmptyValueChainAtVersion(tx, current.id, parsed.value.version))) return refuse(changedMeanwhile(`Value chain ${code}`));
    await recordAudit(tx, { actorId: actor.id, action: "value-chain.delete", entityType: "ValueChain", entityId: code, before: valueChainJson(current) });
    return ok({ deleted: code });
  });
}
