import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contributionOf, statusForScore, weightedMean } from "@/lib/domain/scoring";

describe("weightedMean", () => {
  it.each([
    [
      [
        { score: 8, weight: 1 },
        { score: 4, weight: 3 },
      ],
      5,
    ],
    [
      [
        { score: 6, weight: 2 },
        { score: 9, weight: 1 },
      ],
      7,
    ],
    [
      [
        { score: 8, weight: 1 },
        { score: null, weight: 5 },
      ],
      8,
    ], // missing is not zero
    [
      [
        { score: 8, weight: 0 },
        { score: 4, weight: 1 },
      ],
      4,
    ], // no weight, no say
    [
      [
        { score: 8, weight: -2 },
        { score: 4, weight: 1 },
      ],
      4,
    ],
    [
      [
        { score: 0, weight: 1 },
        { score: 10, weight: 1 },
      ],
      5,
    ], // a real zero counts
  ])("%o → %s", (items, expected) => {
    expect(weightedMean(items)).toBeCloseTo(expected, 12);
  });

  it("is null when nothing has data or weight", () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ score: null, weight: 1 }])).toBeNull();
    expect(weightedMean([{ score: 7, weight: 0 }])).toBeNull();
  });
});

describe("statusForScore", () => {
  it.each([
    [null, "none"],
    [10, "green"],
    [20 / 3, "green"],
    [6.666666, "amber"],
    [5, "amber"],
    [10 / 3, "amber"],
    [3.333333, "red"],
    [0, "red"],
  ] as const)("%s → %s", (score, expected) => {
    expect(statusForScore(score)).toBe(expected);
  });
});

describe("contributionOf", () => {
  it("is the node's own score, else its support score", () => {
    expect(contributionOf({ score: 4, supportScore: 9 })).toBe(4);
    expect(contributionOf({ score: 0, supportScore: 9 })).toBe(0);
    expect(contributionOf({ score: null, supportScore: 9 })).toBe(9);
    expect(contributionOf({ score: null, supportScore: null })).toBeNull();
  });
});

const item = fc.record({
  score: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
  weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
});

describe("properties", () => {
  it("lies between the smallest and largest score that has data", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const scores = items.flatMap((i) => (i.score === null ? [] : [i.score]));
        const mean = weightedMean(items);
        if (scores.length === 0) {
          expect(mean).toBeNull();
        } else {
          expect(mean).toBeGreaterThanOrEqual(Math.min(...scores));
          expect(mean).toBeLessThanOrEqual(Math.max(...scores));
        }
      }),
    );
  });

  it("adding a child without data never changes the mean", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.double({ min: 0.01, max: 100, noNaN: true }), fc.nat(12), (items, weight, at) => {
        const withMissing = [...items.slice(0, at), { score: null, weight }, ...items.slice(at)];
        expect(weightedMean(withMissing)).toBe(weightedMean(items));
      }),
    );
  });

  it("scaling every weight alike leaves the mean alone", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 50 }), (items, factor) => {
        const mean = weightedMean(items);
        const scaled = weightedMean(items.map((i) => ({ ...i, weight: i.weight * factor })));
        if (mean === null) expect(scaled).toBeNull();
        else expect(scaled).toBeCloseTo(mean, 9);
      }),
    );
  });
});
