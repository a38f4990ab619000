import { csvDownload } from "@/lib/api/csv-download";
import { route } from "@/lib/api/route";
import { CATALOGUE_EXPORT_HEADER, listCatalogueCells } from "@/lib/db/reading-export";
import { formatCsv } from "@/lib/domain/csv";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue/export: every KPI's definition as CSV, archived ones included. */
export const GET = route({ permission: "kpi:read" }, async () =>
  csvDownload(formatCsv([[...CATALOGUE_EXPORT_HEADER], ...(await listCatalogueCells())]), "kpi-catalogue"),
);
