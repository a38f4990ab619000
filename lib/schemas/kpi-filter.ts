// The KPI catalogue page's query: the API's layer and scorecard filters (/api/v1/kpis), so both
// accept and refuse the same values with the same words, and the page number.
import type { z } from "zod";
import { kpiListQuerySchema } from "./reading-api";
import { pageNumberSchema } from "./search-params";

export const kpiCatalogueQuerySchema = kpiListQuerySchema.pick({ layer: true, scorecard: true }).extend({ page: pageNumberSchema });
export type KpiCatalogueQuery = z.infer<typeof kpiCatalogueQuerySchema>;
