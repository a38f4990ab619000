import { json, route } from "@/lib/api/route";
import { getCapability } from "@/lib/db/capabilities";
import { notFound } from "@/lib/refusal";
import { codeParamsSchema } from "@/lib/schemas/code-param";
import { assessCapability, assessmentJson } from "@/lib/services/capabilities";

export const dynamic = "force-dynamic";

const missing = (raw: Record<string, string>) => `There is no capability ${raw.code}.`;
const params = { schema: codeParamsSchema, missing };

/** GET /api/v1/capabilities/{code}/assessments: every maturity assessment, latest day first. */
export const GET = route({ permission: "process:read", params }, async ({ params }) => {
  const capability = await getCapability(params.code);
  return capability ? json({ assessments: capability.assessments.map(assessmentJson) }) : notFound(missing(params));
});

/** POST /api/v1/capabilities/{code}/assessments {assessedOn, level, assessor, evidence}: 201 with the assessment and the capability. */
export const POST = route(
  { permission: "capability:manage", params, body: "json", maxBytes: 8 * 1024, tooLarge: "An assessment is at most 8 KB of JSON." },
  async ({ user, params, body }) => {
    const result = await assessCapability(user, params.code, body);
    return result.ok ? json(result.value, 201) : result.refusal;
  },
);
