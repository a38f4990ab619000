import { NextResponse } from "next/server";
import { withApiUser } from "@/lib/api/with-api-user";
import { CATALOGUE_EXPORT_HEADER, listCatalogueCells } from "@/lib/db/reading-export";
import { formatCsv } from "@/lib/domain/csv";
import { toIsoDate } from "@/lib/domain/periods";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue/export: every KPI's definition as CSV, archived ones included. */
export const GET = withApiUser("kpi:read", async () => {
  const csv = formatCsv([[...CATALOGUE_EXPORT_HEADER], ...(await listCatalogueCells())]);
  return new NextResponse(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kpi-catalogue-${toIsoDate(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
});
