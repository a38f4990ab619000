import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { catalogueExportQuerySchema } from "@/lib/schemas/catalogue";
import { catalogueText } from "@/lib/schemas/catalogue-file";
import { exportCatalogue } from "@/lib/services/catalogue";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue[?format=yaml]: the whole model as one document, to keep, edit and import. */
export const GET = route({ permission: "kpi:read", query: catalogueExportQuerySchema }, async ({ query }) => {
  const document = await exportCatalogue();
  const name = `catalogue-${toIsoDate(utcDay(new Date()))}.${query.format}`;
  return new NextResponse(catalogueText(document, query.format), {
    headers: {
      "content-type": query.format === "yaml" ? "application/yaml; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
});
