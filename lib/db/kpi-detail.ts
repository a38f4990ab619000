// One KPI with everything its detail page shows: where it sits (function, priority, process step,
// capability), what it supports and what supports it, and its full reading history. The page
// derives the as-of view from the history with the engine's readingsAsOf, so every version is
// returned, not only the current one.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CapabilityKind, Layer, Stream } from "@/lib/domain/enums";
import type { KpiDefinition } from "@/lib/domain/scoring/types";
import { ASSESSMENT_LEVELS } from "./capabilities";
import { db } from "./client";
import { linkInForceOn } from "./kpi-links";
import { kpiDefinitionSelect, toKpiDefinition } from "./scoring-snapshot";

const person = { select: { name: true, email: true } } as const;
const linkedKpi = { select: { code: true, name: true, layer: true } } as const;

/** Links in force on `day` between live KPIs; links to archived KPIs are left out: archived KPIs are gone from every scorecard. */
function kpiDetailSelect(day: Date) {
  return {
    ...kpiDefinitionSelect,
    description: true,
    owner: person,
    businessFunction: { select: { code: true, name: true } },
    businessPriority: { select: { code: true, title: true } },
    processStep: { select: { name: true, position: true, process: { select: { code: true, name: true, kind: true } } } },
    capability: {
      select: {
        code: true,
        name: true,
        kind: true,
        targetMaturity: true,
        assessments: { ...ASSESSMENT_LEVELS, where: { assessedOn: { lte: day } }, take: 1 },
        process: { select: { kind: true } },
      },
    },
    supports: { where: { ...linkInForceOn(day), supported: { archivedAt: null } }, select: { weight: true, supported: linkedKpi } },
    supportedBy: { where: { ...linkInForceOn(day), supporting: { archivedAt: null } }, select: { weight: true, supporting: linkedKpi } },
    readings: {
      orderBy: [{ period: "desc" }, { version: "desc" }],
      select: { period: true, value: true, note: true, reason: true, version: true, source: true, enteredAt: true, enteredBy: person },
    },
  } satisfies Prisma.KpiSelect;
}

type KpiDetailRow = Prisma.KpiGetPayload<{ select: ReturnType<typeof kpiDetailSelect> }>;

export interface LinkedKpi {
  code: string;
  name: string;
  layer: Layer;
  /** The link's weight in the roll-up. */
  weight: number;
}

export type KpiHistoryEntry = KpiDetailRow["readings"][number];

export interface KpiDetail extends KpiDefinition {
  description: string;
  owner: { name: string; email: string };
  businessFunction: { code: string; name: string } | null;
  businessPriority: { code: string; title: string } | null;
  processStep: { name: string; position: number; process: { code: string; name: string; kind: Stream } } | null;
  capability: {
    code: string;
    name: string;
    kind: CapabilityKind;
    /** The level assessed last on or before the day viewed; null before the first assessment. */
    currentMaturity: number | null;
    targetMaturity: number;
  } | null;
  /** KPIs this one supports (up the tree). */
  supports: LinkedKpi[];
  /** KPIs that support this one (down the tree). */
  supportedBy: LinkedKpi[];
  /** Every reading version, period newest first and, within a period, the highest version first. */
  history: KpiHistoryEntry[];
}

function toKpiDetail(row: KpiDetailRow): KpiDetail {
  const { description, owner, businessFunction, businessPriority, processStep, capability, supports, supportedBy, readings } = row;
  const capabilityFields = capability && {
    code: capability.code,
    name: capability.name,
    kind: capability.kind,
    currentMaturity: capability.assessments[0]?.level ?? null,
    targetMaturity: capability.targetMaturity,
  };
  return {
    ...toKpiDefinition(row),
    description,
    owner,
    businessFunction,
    businessPriority,
    processStep,
    capability: capabilityFields,
    supports: supports.map(({ weight, supported }) => ({ ...supported, weight })),
    supportedBy: supportedBy.map(({ weight, supporting }) => ({ ...supporting, weight })),
    history: readings,
  };
}

/** Null when no live KPI has this code (unknown or archived). Its links are those in force on `asOf` (default today). */
export async function getKpiDetail(code: string, asOf: Date = new Date()): Promise<KpiDetail | null> {
  // Postgres text cannot hold NUL, so no code has one; asking would be an error, not a miss.
  if (code.includes("\u0000")) return null;
  const row = await db().kpi.findFirst({ where: { code, archivedAt: null }, select: kpiDetailSelect(asOf) });
  return row && toKpiDetail(row);
}
