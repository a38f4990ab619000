import { z } from "zod";
import { json, route } from "@/lib/api/route";
import { findLiveKpi, listLinksFrom, type KpiLinkView } from "@/lib/db/kpi-links";
import { toIsoDate } from "@/lib/domain/periods";
import { notFound } from "@/lib/refusal";
import { asOfParameterSchema } from "@/lib/schemas/as-of";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { addKpiLink } from "@/lib/services/kpi-links";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no KPI with code '${raw.code}'.`;
const params = { schema: codeParamsSchema, missing };
const linksQuerySchema = z.strictObject({ asOf: asOfParameterSchema.optional() });

function linkJson(link: KpiLinkView) {
  return {
    supporting: link.supporting,
    supports: link.supports,
    supportsName: link.supportsName,
    supportsLayer: link.supportsLayer,
    weight: link.weight,
    validFrom: toIsoDate(link.validFrom),
    validTo: link.validTo && toIsoDate(link.validTo),
  };
}

/** GET /api/v1/kpis/{code}/links[?asOf=YYYY-MM-DD]: what the KPI supports, as the links stood on that day (default today). */
export const GET = route({ permission: "kpi:read", params, query: linksQuerySchema }, async ({ params, query }) => {
  const kpi = await findLiveKpi(params.code);
  if (!kpi) return notFound(missing(params));
  const asOf = query.asOf ?? new Date();
  const links = await listLinksFrom(kpi.id, asOf);
  return json({ kpi: kpi.code, asOf: toIsoDate(asOf), links: links.map(linkJson) });
});

/** POST /api/v1/kpis/{code}/links {supports, weight?}: 201 with the link, in force from today. */
export const POST = route(
  { permission: "kpi:manage", params, body: "json", maxBytes: 4 * 1024, tooLarge: "A link is at most 4 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await addKpiLink(user, params.code, body);
    if (!result.ok) return result.refusal;
    return json({ link: result.value }, 201);
  },
);
