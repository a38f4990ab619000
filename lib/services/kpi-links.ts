// Adding, re-weighting and ending KPI links. Links are dated history: a re-weight ends the open
// row and starts a new one today, ending sets its last day, so a past view keeps the tree it had.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { createLink, endLink, findLiveKpiForLink, findOpenLink, listOpenLinkEdges, lockLinkGraph, type LinkKpi } from "@/lib/db/kpi-links";
import type { Tx } from "@/lib/db/transaction";
import { decideLink } from "@/lib/domain/kpi-links";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { conflict, invalidAt, notFound, ok, refuse, Refused, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { kpiLinkAddSchema, kpiLinkReweightSchema } from "@/lib/schemas/kpi-link";
import { parseWith } from "@/lib/schemas/problems";
import { transactionally } from "./transaction";

export interface KpiLinkResult {
  supporting: string;
  supports: string;
  weight: number;
  validFrom: string;
  validTo: string | null;
}

/** A code that is not a well-formed code names no KPI (and a NUL would be a database error, not a miss). */
function findKpi(tx: Tx, code: string): Promise<LinkKpi | null> {
  return codeParamSchema.safeParse(code).success ? findLiveKpiForLink(tx, code) : Promise.resolve(null);
}

/** The supporting KPI is the resource in the path: unknown → 404. */
async function supportingKpi(tx: Tx, code: string): Promise<LinkKpi> {
  const kpi = await findKpi(tx, code);
  if (!kpi) throw new Refused(notFound(`There is no live KPI ${code}.`));
  return kpi;
}

/** The supported KPI is named in the body: unknown → 422 at `supports`. */
async function supportedKpi(tx: Tx, code: string): Promise<LinkKpi> {
  const kpi = await findKpi(tx, code);
  if (!kpi) throw new Refused(invalidAt("supports", `There is no live KPI ${code}.`));
  return kpi;
}

const noOpenLink = (from: string, to: string) => notFound(`${from} does not support ${to} today: there is no link in force to change.`);

/** `code` starts supporting `input.supports` today, with `input.weight`. */
export async function addKpiLink(actor: Actor, code: string, input: unknown): Promise<Result<KpiLinkResult>> {
  if (!can(actor, "kpi:manage")) return refuse(notPermitted("kpi:manage"));
  const parsed = parseWith(kpiLinkAddSchema, input);
  if (!parsed.ok) return parsed;
  const { supports, weight } = parsed.value;
  const today = utcDay(new Date());
  try {
    return await transactionally(async (tx) => {
      const from = await supportingKpi(tx, code);
      const to = await supportedKpi(tx, supports);
      await lockLinkGraph(tx);
      if (await findOpenLink(tx, from.id, to.id)) return refuse(conflict(`${from.code} already supports ${to.code}. Change its weight instead.`));
      const decision = decideLink(from, to, await listOpenLinkEdges(tx));
      if (!decision.allowed) return refuse(invalidAt("supports", decision.message, decision.message));
      const created = await createLink(tx, { supportingId: from.id, supportedId: to.id, weight, validFrom: today, createdById: actor.id });
      const after = { supporting: from.code, supports: to.code, weight, validFrom: toIsoDate(today), validTo: null };
      await recordAudit(tx, { actorId: actor.id, action: "kpi-link.add", entityType: "KpiLink", entityId: String(created.id), after });
      return ok(after);
    });
  } catch (error) {
    // Two adds of the same link at once: the partial unique index lets only one stay open.
    if (isUniqueViolation(error)) return refuse(conflict(`${code} already supports ${supports}.`));
    throw error;
  }
}

/** From today the link from `code` to `supports` carries `input.weight`; the old weight stays in force for the days before. */
export async function reweightKpiLink(actor: Actor, code: string, supports: string, input: unknown): Promise<Result<KpiLinkResult>> {
  if (!can(actor, "kpi:manage")) return refuse(notPermitted("kpi:manage"));
  const parsed = parseWith(kpiLinkReweightSchema, input);
  if (!parsed.ok) return parsed;
  const { weight } = parsed.value;
  const today = utcDay(new Date());
  return transactionally(async (tx) => {
    const from = await supportingKpi(tx, code);
    const to = await findKpi(tx, supports);
    await lockLinkGraph(tx);
    const open = to && (await findOpenLink(tx, from.id, to.id));
    if (!to || !open) return refuse(noOpenLink(code, supports));
    const after = { supporting: from.code, supports: to.code, weight, validFrom: toIsoDate(today), validTo: null };
    if (open.weight === weight) return ok({ ...after, validFrom: toIsoDate(open.validFrom) });
    if (!(await endLink(tx, open.id, today)))
      return refuse(conflict(`The link from ${code} to ${supports} was changed by someone else. Reload and try again.`));
    const created = await createLink(tx, { supportingId: from.id, supportedId: to.id, weight, validFrom: today, createdById: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "kpi-link.reweight",
      entityType: "KpiLink",
      entityId: String(created.id),
      before: { supporting: from.code, supports: to.code, weight: open.weight, validFrom: toIsoDate(open.validFrom), endedLinkId: open.id },
      after,
    });
    return ok(after);
  });
}

/** The link from `code` to `supports` is in force up to yesterday; the row stays as history. */
export async function endKpiLink(actor: Actor, code: string, supports: string): Promise<Result<KpiLinkResult>> {
  if (!can(actor, "kpi:manage")) return refuse(notPermitted("kpi:manage"));
  const today = utcDay(new Date());
  return transactionally(async (tx) => {
    const from = await supportingKpi(tx, code);
    const to = await findKpi(tx, supports);
    await lockLinkGraph(tx);
    const open = to && (await findOpenLink(tx, from.id, to.id));
    if (!to || !open) return refuse(noOpenLink(code, supports));
    if (!(await endLink(tx, open.id, today)))
      return refuse(conflict(`The link from ${code} to ${supports} was changed by someone else. Reload and try again.`));
    const ended = { supporting: from.code, supports: to.code, weight: open.weight, validFrom: toIsoDate(open.validFrom), validTo: toIsoDate(today) };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "kpi-link.end",
      entityType: "KpiLink",
      entityId: String(open.id),
      before: { ...ended, validTo: null },
      after: ended,
    });
    return ok(ended);
  });
}
