import { NextResponse } from "next/server";
import { notFound } from "@/lib/api/problem";
import { invalidParameters, scorecardJson } from "@/lib/api/scorecard-json";
import { withApiUser } from "@/lib/api/with-api-user";
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { utcDay } from "@/lib/domain/periods";
import { buildScorecard } from "@/lib/domain/scoring";
import { SCORECARD_KINDS } from "@/lib/domain/scoring/types";
import { scorecardKindSchema, scorecardQuerySchema } from "@/lib/schemas/scorecard-api";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string }> };

/** GET /api/v1/scorecards/{kind}?asOf=YYYY-MM-DD&businessFunction=CODE */
export const GET = withApiUser("scorecard:read", async (request, { params }: Context) => {
  const kind = scorecardKindSchema.safeParse((await params).kind);
  if (!kind.success) return notFound(`There is no such scorecard; the scorecards are ${SCORECARD_KINDS.join(", ")}.`);
  const query = scorecardQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return invalidParameters(query.error);

  const { asOf = utcDay(new Date()), businessFunction: code } = query.data;
  const snapshot = await loadScoringSnapshot(asOf);
  const businessFunction = code === undefined ? null : snapshot.functions.find((fn) => fn.code === code);
  if (businessFunction === undefined) return notFound(`There is no business function with code '${code}'.`);

  const card = buildScorecard(snapshot, kind.data, businessFunction?.id ?? null);
  return NextResponse.json(scorecardJson(card, businessFunction?.code ?? null));
});
