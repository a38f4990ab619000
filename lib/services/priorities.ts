// Creating and editing business priorities. A priority's window decides which demand KPIs count on
// each day's scorecard, so an edit may reshape today and the future but never a past day
// (lib/domain/priority-window.ts); the function it belongs to is fixed once created.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { findBusinessFunction } from "@/lib/db/business-functions";
import { createPriority, findPriority, updatePriorityAtVersion, type PriorityRow } from "@/lib/db/priorities";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { windowChangeProblem } from "@/lib/domain/priority-window";
import { isInForce } from "@/lib/domain/scoring/anchoring";
import { conflict, invalidAt, notFound, ok, refuse, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { priorityCreateSchema, priorityUpdateSchema, type PriorityJson } from "@/lib/schemas/priority";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

export function priorityJson(row: PriorityRow, today: Date): PriorityJson {
  return {
    code: row.code,
    title: row.title,
    description: row.description,
    businessFunction: row.businessFunction?.code ?? null,
    weight: row.weight,
    startsOn: toIsoDate(row.startsOn),
    endsOn: row.endsOn === null ? null : toIsoDate(row.endsOn),
    inForce: isInForce(row, today),
    kpiCount: row._count.kpis,
    version: row.version,
  };
}

const taken = (code: string) => conflict(`A business priority with code ${code} already exists. Choose another code.`);

export async function createPriorityFor(actor: Actor, input: unknown): Promise<Result<PriorityJson>> {
  if (!can(actor, "priority:manage")) return refuse(notPermitted("priority:manage"));
  const parsed = parseWith(priorityCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { businessFunction, ...priority } = parsed.value;
  const today = utcDay(new Date());
  return createUnlessTaken(taken(priority.code), () =>
    transactionally(async (tx) => {
      const fn = businessFunction === null ? null : await findBusinessFunction(businessFunction, today, tx);
      if (businessFunction !== null && !fn) return refuse(invalidAt("businessFunction", `There is no business function ${businessFunction}.`));
      if (await findPriority(priority.code, tx)) return refuse(taken(priority.code));
      const after = priorityJson(await createPriority(tx, { ...priority, businessFunctionId: fn?.id ?? null }), today);
      await recordAudit(tx, { actorId: actor.id, action: "priority.create", entityType: "BusinessPriority", entityId: priority.code, after });
      return ok(after);
    }),
  );
}

/** Title, description, weight or window, at the version the editor saw; `endsOn` yesterday ends it from today. */
export async function updatePriority(actor: Actor, code: string, input: unknown): Promise<Result<PriorityJson>> {
  if (!can(actor, "priority:manage")) return refuse(notPermitted("priority:manage"));
  const missing = notFound(`There is no business priority ${code}.`);
  if (!codeParamSchema.safeParse(code).success) return refuse(missing);
  const parsed = parseWith(priorityUpdateSchema, input);
  if (!parsed.ok) return parsed;
  const { version, ...changes } = parsed.value;
  if (Object.keys(changes).length === 0) return refuse(invalidAt("body", "Send title, description, weight, startsOn or endsOn to change, with version"));
  const today = utcDay(new Date());
  return transactionally(async (tx) => {
    const current = await findPriority(code, tx);
    if (!current) return refuse(missing);
    const stale = changedMeanwhile(`Priority ${code}`);
    if (current.version !== version) return refuse(stale);
    const next = { startsOn: changes.startsOn ?? current.startsOn, endsOn: changes.endsOn === undefined ? current.endsOn : changes.endsOn };
    const problem = windowChangeProblem(current, next, today);
    if (problem) return refuse(invalidAt(problem.field, problem.message, problem.message));
    if (!(await updatePriorityAtVersion(tx, current.id, version, changes))) return refuse(stale);
    const after = priorityJson({ ...current, ...changes, ...next, version: version + 1 }, today);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "priority.update",
      entityType: "BusinessPriority",
      entityId: code,
      before: priorityJson(current, today),
      after,
    });
    return ok(after);
  });
}
