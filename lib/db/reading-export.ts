// Readings and the KPI catalogue as rows for CSV export. Readings come page by page (keyset
// pagination on kpi code, period, version), so exporting years of history never holds it all
// in memory at once.
import type { CsvCell } from "@/lib/domain/csv";
import { toIsoDate } from "@/lib/domain/periods";
import { db } from "./client";

export interface ReadingExportFilter {
  kpiCodes?: readonly string[];
  from?: Date;
  to?: Date;
  /** Every version, not only the current one. */
  includeHistory?: boolean;
}

export interface ExportedReading {
  kpiCode: string;
  period: Date;
  value: number;
  note: string;
  version: number;
  enteredAt: Date;
  enteredBy: string | null;
  source: string;
}

export const READING_EXPORT_HEADER = ["kpi_code", "period", "value", "note", "version", "entered_at", "entered_by", "source"] as const;

export function readingCells(reading: ExportedReading): CsvCell[] {
  return [
    reading.kpiCode,
    toIsoDate(reading.period),
    reading.value,
    reading.note,
    reading.version,
    reading.enteredAt.toISOString(),
    reading.enteredBy,
    reading.source,
  ];
}

const PAGE_SIZE = 5_000;

/** Pages of readings in (kpi code, period, version) order. */
export async function* exportReadingPages(filter: ReadingExportFilter, pageSize = PAGE_SIZE): AsyncGenerator<ExportedReading[]> {
  let after: ExportedReading | undefined;
  for (;;) {
    const page = await readingPage(filter, after, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1];
  }
}

function readingPage(filter: ReadingExportFilter, after: ExportedReading | undefined, pageSize: number) {
  const codes = filter.kpiCodes && filter.kpiCodes.length > 0 ? [...filter.kpiCodes] : null;
  const from = filter.from ? toIsoDate(filter.from) : null;
  const to = filter.to ? toIsoDate(filter.to) : null;
  const history = filter.includeHistory ?? false;
  const afterPeriod = after ? toIsoDate(after.period) : null;
  return db().$queryRaw<ExportedReading[]>`
    SELECT k."code" AS "kpiCode", r."period", r."value", r."note", r."version", r."enteredAt",
           u."email" AS "enteredBy", r."source"::text AS "source"
    FROM "Reading" r
    JOIN "Kpi" k ON k."id" = r."kpiId"
    LEFT JOIN "User" u ON u."id" = r."enteredById"
    WHERE (${codes}::text[] IS NULL OR k."code" = ANY(${codes}::text[]))
      AND (${from}::date IS NULL OR r."period" >= ${from}::date)
      AND (${to}::date IS NULL OR r."period" <= ${to}::date)
      AND (${history}::boolean OR r."version" = (
        SELECT max(latest."version") FROM "Reading" latest WHERE latest."kpiId" = r."kpiId" AND latest."period" = r."period"))
      AND (${afterPeriod}::date IS NULL
        OR (k."code", r."period", r."version") > (${after?.kpiCode ?? null}::text, ${afterPeriod}::date, ${after?.version ?? null}::int))
    ORDER BY k."code", r."period", r."version"
    LIMIT ${pageSize}`;
}

export const CATALOGUE_EXPORT_HEADER = [
  "code",
  "name",
  "layer",
  "scorecard",
  "unit",
  "direction",
  "target",
  "red_flag",
  "band_low",
  "band_high",
  "band_tolerance",
  "frequency",
  "indicator_type",
  "weight",
  "owner",
  "business_function",
  "business_priority",
  "archived_at",
] as const;

/** The KPI catalogue is small (hundreds of KPIs), so one query is enough. */
export async function listCatalogueCells(): Promise<CsvCell[][]> {
  const kpis = await db().kpi.findMany({
    orderBy: { code: "asc" },
    include: {
      owner: { select: { email: true } },
      businessFunction: { select: { code: true } },
      businessPriority: { select: { code: true } },
    },
  });
  return kpis.map((kpi) => [
    kpi.code,
    kpi.name,
    kpi.layer,
    kpi.scorecard,
    kpi.unit,
    kpi.direction,
    kpi.target,
    kpi.redFlag,
    kpi.bandLow,
    kpi.bandHigh,
    kpi.bandTolerance,
    kpi.frequency,
    kpi.indicatorType,
    kpi.weight,
    kpi.owner.email,
    kpi.businessFunction?.code ?? null,
    kpi.businessPriority?.code ?? null,
    kpi.archivedAt ? kpi.archivedAt.toISOString() : null,
  ]);
}
