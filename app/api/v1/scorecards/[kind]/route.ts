import { scorecardJson } from "@/lib/api/scorecard-json";
import { json, route } from "@/lib/api/route";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { utcDay } from "@/lib/domain/periods";
import { buildScorecard } from "@/lib/domain/scoring";
import { SCORECARD_KINDS } from "@/lib/domain/scoring/types";
import { notFound } from "@/lib/refusal";
import { scorecardParamsSchema, scorecardQuerySchema } from "@/lib/schemas/scorecard-api";

export const dynamic = "force-dynamic";

const params = { schema: scorecardParamsSchema, missing: () => `There is no such scorecard; the scorecards are ${SCORECARD_KINDS.join(", ")}.` };

/** GET /api/v1/scorecards/{kind}?asOf=YYYY-MM-DD&businessFunction=CODE */
export const GET = route({ permission: "scorecard:read", params, query: scorecardQuerySchema }, async ({ params, query }) => {
  const { asOf = utcDay(new Date()), businessFunction: code } = query;
  const snapshot = await loadScoringSnapshot(asOf);
  const businessFunction = code === undefined ? null : snapshot.functions.find((fn) => fn.code === code);
  if (businessFunction === undefined) return notFound(`There is no business function with code '${code}'.`);
  const card = buildScorecard(snapshot, params.kind, businessFunction?.id ?? null);
  return json(scorecardJson(card, businessFunction?.code ?? null));
});
