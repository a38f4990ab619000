import { json, route } from "@/lib/api/route";
import { kpiLinkParamsSchema } from "@/lib/schemas/kpi-link";
import { endKpiLink, reweightKpiLink } from "@/lib/services/kpi-links";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no link from '${raw.code}' to '${raw.supportedCode}'.`;
const params = { schema: kpiLinkParamsSchema, missing };

/** PATCH /api/v1/kpis/{code}/links/{supportedCode} {weight}: the new weight from today; the old one stays for the days before. */
export const PATCH = route(
  { permission: "kpi:manage", params, body: "json", maxBytes: 4 * 1024, tooLarge: "A link is at most 4 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await reweightKpiLink(user, params.code, params.supportedCode, body);
    if (!result.ok) return result.refusal;
    return json({ link: result.value });
  },
);

/** DELETE /api/v1/kpis/{code}/links/{supportedCode}: ends the link today. The row is kept, so past views still show it. */
export const DELETE = route({ permission: "kpi:manage", params }, async ({ user, params }) => {
  const result = await endKpiLink(user, params.code, params.supportedCode);
  if (!result.ok) return result.refusal;
  return json({ link: result.value });
});
