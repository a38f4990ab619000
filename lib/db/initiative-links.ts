import { OPEN_STATUSES } from "@/lib/domain/backlog/types";
import { db } from "./client";

export interface LinkedInitiative {
  id: number;
  code: string;
  title: string;
  status: (typeof OPEN_STATUSES)[number];
}

/** Open initiatives (proposed to in progress) by the KPI they work on: what is being done about a gap. */
export async function openInitiativesByKpi(): Promise<Map<number, LinkedInitiative[]>> {
  const links = await db().initiativeKpi.findMany({
    where: { initiative: { status: { in: [...OPEN_STATUSES] } } },
    select: { kpiId: true, initiative: { select: { id: true, code: true, title: true, status: true } } },
    orderBy: { initiative: { code: "asc" } },
  });
  const byKpi = new Map<number, LinkedInitiative[]>();
  for (const { kpiId, initiative } of links) {
    const status = OPEN_STATUSES.find((s) => s === initiative.status);
    if (!status) continue;
    byKpi.set(kpiId, [...(byKpi.get(kpiId) ?? []), { ...initiative, status }]);
  }
  return byKpi;
}

/** Every initiative with the KPIs it is linked to, for finding which gaps are addressed. */
export async function listInitiativeLinks() {
  const initiatives = await db().initiative.findMany({ select: { code: true, status: true, kpis: { select: { kpiId: true } } } });
  return initiatives.map(({ kpis, ...initiative }) => ({ ...initiative, kpiIds: kpis.map((link) => link.kpiId) }));
}
