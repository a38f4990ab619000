import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandDistance, kpiScore, kpiStatus, statusForScore, type Thresholds } from "@/lib/domain/scoring";
import { band, higher, lower } from "./fixtures";

// ───────────── properties ─────────────

const magnitude = fc.constantFrom(1e-3, 1, 1e3, 1e6);
const real = (scale: number) => fc.double({ min: -scale, max: scale, noNaN: true, noDefaultInfinity: true });
const goal = magnitude.chain((scale) =>
  fc
    .tuple(real(scale), real(scale))
    .filter(([g, r]) => g !== r)
    .map(([target, redFlag]) => ({ target, redFlag, scale })),
);
const goalThresholds = ({ target, redFlag }: { target: number; redFlag: number }): Thresholds =>
  target > redFlag ? higher(target, redFlag) : lower(target, redFlag);
const bandArb = fc
  .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 300 }))
  .map(([low, width, tolerance]) => band(low, low + width, tolerance));

describe("properties", () => {
  it("scores stay within 0–10", () => {
    fc.assert(
      fc.property(goal, real(1e7), (g, value) => {
        const s = kpiScore(goalThresholds(g), value);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(10);
      }),
    );
    fc.assert(
      fc.property(bandArb, real(1e4), (t, value) => {
        const s = kpiScore(t, value);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(10);
      }),
    );
  });

  it("A = G scores exactly 20/3 and is green; A = R scores exactly 10/3 and is amber", () => {
    fc.assert(
      fc.property(goal, (g) => {
        const t = goalThresholds(g);
        expect(kpiScore(t, g.target)).toBe(20 / 3);
        expect(kpiStatus(t, g.target)).toBe("green");
        expect(kpiScore(t, g.redFlag)).toBe(10 / 3);
        expect(kpiStatus(t, g.redFlag)).toBe("amber");
      }),
    );
  });

  it("band edges score exactly 20/3 (green), tolerance edges 10/3 (amber)", () => {
    fc.assert(
      fc.property(
        bandArb.filter((t) => (t.bandTolerance ?? 0) > 0),
        (t) => {
          const [low, high, tolerance] = [t.bandLow ?? 0, t.bandHigh ?? 0, t.bandTolerance ?? 0];
          for (const edge of [low, high]) {
            expect(kpiScore(t, edge)).toBe(20 / 3);
            expect(kpiStatus(t, edge)).toBe("green");
          }
          for (const flag of [low - tolerance, high + tolerance]) {
            expect(kpiScore(t, flag)).toBe(10 / 3);
            expect(kpiStatus(t, flag)).toBe("amber");
          }
        },
      ),
    );
  });

  it("is non-decreasing in A when higher is better and non-increasing when lower is", () => {
    fc.assert(
      fc.property(goal, real(1e7), real(1e7), (g, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const t = goalThresholds(g);
        if (g.target > g.redFlag) expect(kpiScore(t, small)).toBeLessThanOrEqual(kpiScore(t, large));
        else expect(kpiScore(t, small)).toBeGreaterThanOrEqual(kpiScore(t, large));
      }),
    );
  });

  it("band: non-increasing in the distance from the band", () => {
    fc.assert(
      fc.property(bandArb, real(1e4), real(1e4), (t, a, b) => {
        const edges = { low: t.bandLow ?? 0, high: t.bandHigh ?? 0, tolerance: t.bandTolerance ?? 0 };
        const [near, far] = bandDistance(edges, a) <= bandDistance(edges, b) ? [a, b] : [b, a];
        expect(kpiScore(t, near)).toBeGreaterThanOrEqual(kpiScore(t, far));
      }),
    );
  });

  it("status from the thresholds agrees with the score's status on whole numbers", () => {
    const whole = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(whole, whole, whole, (target, redFlag, value) => {
        fc.pre(target !== redFlag);
        const t = goalThresholds({ target, redFlag });
        expect(kpiStatus(t, value)).toBe(statusForScore(kpiScore(t, value)));
      }),
    );
    fc.assert(
      fc.property(bandArb, whole, (t, value) => {
        expect(kpiStatus(t, value)).toBe(statusForScore(kpiScore(t, value)));
      }),
    );
  });
});
