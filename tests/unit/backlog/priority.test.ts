import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HALF_VALUE_WEIGHTED_GAP, businessValue, gapIndex, findGaps, priorityScore, rankByPriority, weightedGap, type GapIndex } from "@/lib/domain/backlog";
import { TARGET_SCORE } from "@/lib/domain/scoring";
import { kpi } from "../scoring/fixtures";
import { initiative, priority, snapshotOf } from "./fixtures";

const links = (...ids: number[]) => ids.map((kpiId) => ({ kpiId, baselineValue: null, expectedImprovement: 1 }));
const gaps = (entries: [number, number, number][]): GapIndex =>
  new Map(entries.map(([id, gapInScore, priorityWeight]) => [id, { gapInScore, priorityWeight }]));

describe("business value", () => {
  it("is 1 without a gap and 5.5 at the half-value weighted gap", () => {
    expect(businessValue(0)).toBe(1);
    expect(businessValue(HALF_VALUE_WEIGHTED_GAP)).toBeCloseTo(5.5);
    expect(businessValue(Infinity)).toBe(10);
    expect(businessValue(1e9)).toBeLessThanOrEqual(10);
  });

  it("matches the worked example in docs/prioritisation.md", () => {
    // KPI A: score 0 (share 1), weight 0.5, priority 0.25 → 0.125; KPI B: score 5 (share 0.25), weight 1, priority 0.1 → 0.025.
    const index = gaps([
      [1, TARGET_SCORE, 0.25],
      [2, TARGET_SCORE - 5, 0.1],
    ]);
    const weights = new Map([
      [1, 0.5],
      [2, 1],
    ]);
    expect(weightedGap([1, 2], index, weights)).toBeCloseTo(0.15);
    const result = priorityScore(initiative("I-1", { kpis: links(1, 2), timeCriticality: 6, riskReduction: 4, effortWeeks: 8 }), index, weights);
    expect(result.businessValue).toBeCloseTo(6.4);
    expect(result.score).toBeCloseTo(16.4 / 8);
  });

  it("ignores KPIs without a gap, counts a KPI linked twice once, and weighs unknown KPIs 1", () => {
    const index = gaps([[1, TARGET_SCORE, 0.1]]);
    expect(weightedGap([1, 1, 2], index, new Map())).toBeCloseTo(0.1);
  });
});

describe("priorityScore", () => {
  it("is (value + time criticality + risk reduction) ÷ effort", () => {
    const result = priorityScore(initiative("I-1", { timeCriticality: 7, riskReduction: 3, effortWeeks: 4 }), new Map(), new Map());
    expect(result).toEqual({ businessValue: 1, timeCriticality: 7, riskReduction: 3, effortWeeks: 4, score: 11 / 4 });
  });

  it("clamps the board's judgements to 1–10", () => {
    const result = priorityScore(initiative("I-1", { timeCriticality: 14, riskReduction: -2, effortWeeks: 1 }), new Map(), new Map());
    expect([result.timeCriticality, result.riskReduction]).toEqual([10, 1]);
  });

  it("refuses an effort that is not positive", () => {
    for (const effortWeeks of [0, -1, NaN, Infinity]) {
      expect(() => priorityScore(initiative("I-1", { effortWeeks }), new Map(), new Map())).toThrow(RangeError);
    }
  });

  it("ranks from findGaps: a big gap on a heavy priority rises", () => {
    const kpis = [kpi(1, { businessPriorityId: 10 }), kpi(2, { businessPriorityId: 20 })];
    const snapshot = snapshotOf(kpis, { 1: -5, 2: -5 }, [priority(10, 0.05), priority(20, 0.3)]);
    const index = gapIndex(findGaps(snapshot, []));
    const weights = new Map(kpis.map((k) => [k.id, k.weight]));
    const ranked = rankByPriority([initiative("LIGHT", { kpis: links(1) }), initiative("HEAVY", { kpis: links(2) })], index, weights);
    expect(ranked.map((r) => r.initiative.code)).toEqual(["HEAVY", "LIGHT"]);
  });

  it("breaks ties by code", () => {
    const ranked = rankByPriority([initiative("B"), initiative("A")], new Map(), new Map());
    expect(ranked.map((r) => r.initiative.code)).toEqual(["A", "B"]);
  });
});

// ───────────── properties ─────────────

const gapArb = fc.double({ min: 0, max: TARGET_SCORE, noNaN: true });
const weightArb = fc.double({ min: 0, max: 100, noNaN: true });
const judgementArb = fc.integer({ min: 1, max: 10 });
const effortArb = fc.double({ min: 0.1, max: 1000, noNaN: true });
const extra = fc.array(fc.tuple(gapArb, weightArb, weightArb), { maxLength: 4 });

function scoreWith(gap: number, priorityWeight: number, kpiWeight: number, others: [number, number, number][], effort: number, tc: number, rr: number): number {
  const index = gaps([[1, gap, priorityWeight], ...others.map(([g, , p], i): [number, number, number] => [i + 2, g, p])]);
  const weights = new Map<number, number>([[1, kpiWeight], ...others.map(([, w], i): [number, number] => [i + 2, w])]);
  const subject = initiative("I", { kpis: links(1, ...others.map((_, i) => i + 2)), effortWeeks: effort, timeCriticality: tc, riskReduction: rr });
  return priorityScore(subject, index, weights).score;
}

describe("properties", () => {
  it("a bigger gap or a heavier priority (or KPI) never lowers the score", () => {
    fc.assert(
      fc.property(
        gapArb,
        gapArb,
        weightArb,
        weightArb,
        weightArb,
        extra,
        effortArb,
        judgementArb,
        judgementArb,
        (g1, g2, p1, p2, w, others, effort, tc, rr) => {
          const [gLow, gHigh] = g1 <= g2 ? [g1, g2] : [g2, g1];
          const [pLow, pHigh] = p1 <= p2 ? [p1, p2] : [p2, p1];
          expect(scoreWith(gHigh, pLow, w, others, effort, tc, rr)).toBeGreaterThanOrEqual(scoreWith(gLow, pLow, w, others, effort, tc, rr));
          expect(scoreWith(gLow, pHigh, w, others, effort, tc, rr)).toBeGreaterThanOrEqual(scoreWith(gLow, pLow, w, others, effort, tc, rr));
          expect(scoreWith(gLow, w, pHigh, others, effort, tc, rr)).toBeGreaterThanOrEqual(scoreWith(gLow, w, pLow, others, effort, tc, rr));
        },
      ),
    );
  });

  it("more effort always lowers the score", () => {
    fc.assert(
      fc.property(
        gapArb,
        weightArb,
        weightArb,
        extra,
        effortArb,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        judgementArb,
        judgementArb,
        (g, p, w, others, effort, more, tc, rr) => {
          expect(scoreWith(g, p, w, others, effort + more, tc, rr)).toBeLessThan(scoreWith(g, p, w, others, effort, tc, rr));
        },
      ),
    );
  });

  it("business value stays within 1–10 and the score is positive", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (weighted) => {
        const value = businessValue(weighted);
        expect(value).toBeGreaterThanOrEqual(1);
        expect(value).toBeLessThanOrEqual(10);
      }),
    );
  });
});
