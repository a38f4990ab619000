// Dated KPI links: a row is in force on day d when validFrom <= d < validTo (validTo null: open).
// Rows are never deleted or re-weighted in place (a trigger refuses it): ending sets validTo, and a
// re-weight ends the open row and starts a new one on the same day.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Layer } from "@/lib/domain/enums";
import { utcDay } from "@/lib/domain/periods";
import { db } from "./client";
import type { Tx } from "./transaction";

/** The where-clause for links in force on `day` (a UTC date); served by the (validFrom, validTo) index. */
export function linkInForceOn(day: Date): Prisma.KpiLinkWhereInput {
  const date = utcDay(day);
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gt: date } }] };
}

export interface LinkKpi {
  id: number;
  code: string;
  name: string;
  layer: Layer;
}

const linkKpiSelect = { id: true, code: true, name: true, layer: true } as const;

/** A live KPI by code, for either end of a link. */
export function findLiveKpiForLink(tx: Tx, code: string): Promise<LinkKpi | null> {
  return tx.kpi.findFirst({ where: { code, archivedAt: null }, select: linkKpiSelect });
}

/**
 * Serialises writes to the link graph: two links added at once could each pass the cycle check
 * against a graph without the other. Held until the transaction ends.
 */
export async function lockLinkGraph(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kpi-link-graph'))`;
}

/** Every open link between live KPIs, by code: the graph a new link must not close a cycle in. */
export async function listOpenLinkEdges(tx: Tx): Promise<{ supporting: string; supported: string }[]> {
  const rows = await tx.kpiLink.findMany({
    where: { validTo: null, supporting: { archivedAt: null }, supported: { archivedAt: null } },
    select: { supporting: { select: { code: true } }, supported: { select: { code: true } } },
  });
  return rows.map((row) => ({ supporting: row.supporting.code, supported: row.supported.code }));
}

export interface OpenLink {
  id: number;
  weight: number;
  validFrom: Date;
}

export function findOpenLink(tx: Tx, supportingId: number, supportedId: number): Promise<OpenLink | null> {
  return tx.kpiLink.findFirst({ where: { supportingId, supportedId, validTo: null }, select: { id: true, weight: true, validFrom: true } });
}

export function createLink(tx: Tx, data: { supportingId: number; supportedId: number; weight: number; validFrom: Date; createdById: number }) {
  return tx.kpiLink.create({ data, select: { id: true } });
}

/** Ends an open link on `day` (exclusive); false when it was no longer open. */
export async function endLink(tx: Tx, id: number, day: Date): Promise<boolean> {
  const { count } = await tx.kpiLink.updateMany({ where: { id, validTo: null }, data: { validTo: day } });
  return count === 1;
}

export interface KpiLinkView {
  supporting: string;
  supports: string;
  supportsName: string;
  supportsLayer: Layer;
  weight: number;
  validFrom: Date;
  validTo: Date | null;
}

/** The links from the KPI with this id that are in force on `day`, by the code of what they support. */
export async function listLinksFrom(kpiId: number, day: Date): Promise<KpiLinkView[]> {
  const rows = await db().kpiLink.findMany({
    where: { supportingId: kpiId, ...linkInForceOn(day) },
    select: {
      weight: true,
      validFrom: true,
      validTo: true,
      supporting: { select: { code: true } },
      supported: { select: { code: true, name: true, layer: true } },
    },
    orderBy: { supported: { code: "asc" } },
  });
  return rows.map((row) => ({
    supporting: row.supporting.code,
    supports: row.supported.code,
    supportsName: row.supported.name,
    supportsLayer: row.supported.layer,
    weight: row.weight,
    validFrom: row.validFrom,
    validTo: row.validTo,
  }));
}

/** A live KPI by code, outside a transaction (reads). */
export function findLiveKpi(code: string): Promise<LinkKpi | null> {
  return db().kpi.findFirst({ where: { code, archivedAt: null }, select: linkKpiSelect });
}

/** Live KPIs in a layer, for the "add a link" choice. */
export function listLiveKpisInLayer(layer: Layer): Promise<LinkKpi[]> {
  return db().kpi.findMany({ where: { layer, archivedAt: null }, select: linkKpiSelect, orderBy: { code: "asc" } });
}
