// The read side of the scorecards, shared by pages: one snapshot per as-of date, scored by the
// pure engine. (The API has its own thin handlers over the same two calls.)
import { loadScoringSnapshot } from "@/lib/db/scoring-snapshot";
import { addDays } from "@/lib/domain/periods";
import { buildScorecard, compareScores } from "@/lib/domain/scoring";
import { SCORECARD_KINDS, type ScorecardKind, type ScoringSnapshot } from "@/lib/domain/scoring/types";

/** How far back the overview looks to say whether a scorecard is improving. */
export const TREND_LOOKBACK_DAYS = 28;

export async function loadSnapshots(asOf: Date): Promise<{ now: ScoringSnapshot; before: ScoringSnapshot }> {
  const [now, before] = await Promise.all([loadScoringSnapshot(asOf), loadScoringSnapshot(addDays(asOf, -TREND_LOOKBACK_DAYS))]);
  return { now, before };
}

export function scorecardSummaries(now: ScoringSnapshot, before: ScoringSnapshot, businessFunctionId: number | null = null) {
  return SCORECARD_KINDS.map((kind: ScorecardKind) => {
    const card = buildScorecard(now, kind, businessFunctionId);
    const previous = buildScorecard(before, kind, businessFunctionId);
    return { card, trend: compareScores(card.score, previous.score) };
  });
}
