import { z } from "zod";

/** Query parameters of the KPI catalogue; anything unrecognised falls back to "all". */
export const kpiCatalogueQuerySchema = z.object({
  layer: z.enum(["demand", "supply", "capability"]).optional().catch(undefined),
  scorecard: z.enum(["strategic", "development", "operational"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type KpiCatalogueQuery = z.infer<typeof kpiCatalogueQuerySchema>;
