// Writes the KPI catalogue and the links between its layers.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemandIds } from "./demand";
import { KPI_CATALOGUE } from "./kpi-catalogue";
import { KPI_LINKS } from "./kpi-links";
import type { KpiSeed } from "./kpi-seed";
import type { ProcessIds } from "./processes";
import { idOf, type IdsByCode, type SeedContext } from "./types";

/** Seeded links are in force for the whole seeded history, so every past view shows the same tree. */
const SEEDED_LINKS_FROM = new Date("2000-01-01");

export async function seedKpis(ctx: SeedContext, refs: DemandIds & ProcessIds): Promise<{ kpiIds: IdsByCode; created: { kpis: number; kpiLinks: number } }> {
  const kpis = await ctx.db.kpi.createMany({ data: KPI_CATALOGUE.map((kpi) => kpiRow(ctx, refs, kpi)), skipDuplicates: true });
  const rows = await ctx.db.kpi.findMany({ where: { code: { in: KPI_CATALOGUE.map((kpi) => kpi.code) } }, select: { id: true, code: true } });
  const kpiIds = new Map(rows.map((row) => [row.code, row.id]));

  const links = await ctx.db.kpiLink.createMany({
    data: KPI_LINKS.map(([supporting, supported, weight]) => ({
      supportingId: idOf(kpiIds, supporting),
      supportedId: idOf(kpiIds, supported),
      weight,
      validFrom: SEEDED_LINKS_FROM,
    })),
    skipDuplicates: true,
  });
  return { kpiIds, created: { kpis: kpis.count, kpiLinks: links.count } };
}

function kpiRow(ctx: SeedContext, refs: DemandIds & ProcessIds, kpi: KpiSeed): Prisma.KpiCreateManyInput {
  const optionalId = (ids: IdsByCode, code: string | undefined) => (code === undefined ? null : idOf(ids, code));
  return {
    code: kpi.code,
    name: kpi.name,
    description: kpi.description,
    layer: kpi.layer,
    scorecard: kpi.scorecard,
    unit: kpi.unit,
    direction: kpi.direction,
    // Band KPIs are judged on their band alone; the other thresholds stay empty, and vice versa.
    target: kpi.direction === "band" ? null : kpi.target,
    redFlag: kpi.direction === "band" ? null : kpi.redFlag,
    bandLow: kpi.direction === "band" ? kpi.bandLow : null,
    bandHigh: kpi.direction === "band" ? kpi.bandHigh : null,
    bandTolerance: kpi.direction === "band" ? kpi.bandTolerance : null,
    frequency: kpi.frequency,
    indicatorType: kpi.indicatorType,
    weight: kpi.weight,
    ownerId: ctx.userIds[kpi.owner],
    businessFunctionId: optionalId(refs.functionIds, kpi.function),
    businessPriorityId: optionalId(refs.priorityIds, kpi.priority),
    processStepId: optionalId(refs.stepIds, kpi.step),
    capabilityId: optionalId(refs.capabilityIds, kpi.capability),
  };
}
