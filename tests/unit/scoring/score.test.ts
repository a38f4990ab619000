import { describe, expect, it } from "vitest";
import { bandDistance, kpiScore, kpiStatus, RED_FLAG_SCORE, TARGET_SCORE, type Thresholds } from "@/lib/domain/scoring";
import { band, higher, lower } from "./fixtures";

describe("kpiScore, higher is better (G 100, R 80)", () => {
  const t = higher(100, 80);
  it.each([
    [100, 20 / 3],
    [80, 10 / 3],
    [90, 5],
    [110, 25 / 3],
    [120, 10],
    [130, 10], // capped
    [70, 5 / 3],
    [60, 0],
    [-500, 0], // floored
  ])("A = %s → %s", (value, expected) => {
    expect(kpiScore(t, value)).toBeCloseTo(expected, 12);
  });
});

describe("kpiScore, lower is better (MTTR: G 4 h, R 8 h)", () => {
  const t = lower(4, 8);
  it.each([
    [4, 20 / 3],
    [8, 10 / 3],
    [5, 35 / 6],
    [3, 7.5],
    [0, 10],
    [-3, 10],
    [10, 5 / 3],
    [12, 0],
    [20, 0],
  ])("A = %s → %s", (value, expected) => {
    expect(kpiScore(t, value)).toBeCloseTo(expected, 12);
  });
});

describe("kpiScore, negative and tiny magnitudes", () => {
  it("scores a KPI whose target and red flag are negative", () => {
    const t = higher(-2, -10);
    expect(kpiScore(t, -6)).toBeCloseTo(5, 12);
    expect(kpiScore(t, -2)).toBe(TARGET_SCORE);
    expect(kpiScore(t, -10)).toBe(RED_FLAG_SCORE);
    expect(kpiScore(t, -14)).toBeCloseTo(5 / 3, 12);
  });

  it("scores a lower-is-better KPI straddling zero", () => {
    const t = lower(-1, 3);
    expect(kpiScore(t, 1)).toBeCloseTo(5, 12);
    expect(kpiScore(t, -5)).toBe(10);
  });

  it("scores ratios measured in thousandths", () => {
    const t = higher(0.003, 0.001);
    expect(kpiScore(t, 0.002)).toBeCloseTo(5, 9);
    expect(kpiScore(t, 0.003)).toBe(TARGET_SCORE);
  });
});

describe("kpiScore, band (utilisation 60–80 %, tolerance 10)", () => {
  const t = band(60, 80, 10);
  it.each([
    [70, 10], // centre: d = −10 → 10/3 · 3
    [75, 25 / 3], // d = −5
    [80, 20 / 3], // edge
    [60, 20 / 3], // edge
    [85, 5], // d = 5
    [55, 5],
    [90, 10 / 3], // at tolerance
    [50, 10 / 3],
    [92, 8 / 3], // d = 12
    [100, 0],
    [0, 0],
  ])("A = %s → %s", (value, expected) => {
    expect(kpiScore(t, value)).toBeCloseTo(expected, 12);
  });

  it("measures the distance to the nearest edge, negative inside", () => {
    const b = { low: 60, high: 80, tolerance: 10 };
    expect(bandDistance(b, 70)).toBe(-10);
    expect(bandDistance(b, 62)).toBe(-2);
    expect(bandDistance(b, 95)).toBe(15);
    expect(bandDistance(b, 41)).toBe(19);
  });

  it("with no tolerance: 20/3 inside and on the edges, 0 and red outside", () => {
    const strict = band(60, 80, 0);
    expect(kpiScore(strict, 70)).toBe(TARGET_SCORE);
    expect(kpiScore(strict, 80)).toBe(TARGET_SCORE);
    expect(kpiScore(strict, 80.01)).toBe(0);
    expect(kpiScore(strict, 59.99)).toBe(0);
    expect(kpiStatus(strict, 60)).toBe("green");
    expect(kpiStatus(strict, 80.01)).toBe("red");
    expect(kpiStatus(strict, 59.99)).toBe("red");
  });
});

describe("kpiStatus", () => {
  it.each([
    [higher(100, 80), 100, "green"],
    [higher(100, 80), 99.999, "amber"],
    [higher(100, 80), 80, "amber"],
    [higher(100, 80), 79.999, "red"],
    [higher(100, 80), 1000, "green"],
    [lower(4, 8), 4, "green"],
    [lower(4, 8), 4.001, "amber"],
    [lower(4, 8), 8, "amber"],
    [lower(4, 8), 8.001, "red"],
    [lower(4, 8), -2, "green"],
    [higher(-2, -10), -10, "amber"],
    [higher(-2, -10), -10.5, "red"],
    [band(60, 80, 10), 60, "green"],
    [band(60, 80, 10), 80, "green"],
    [band(60, 80, 10), 80.5, "amber"],
    [band(60, 80, 10), 90, "amber"],
    [band(60, 80, 10), 50, "amber"],
    [band(60, 80, 10), 90.5, "red"],
    [band(60, 80, 10), 49.5, "red"],
  ] as const)("%o with %s → %s", (t, value, expected) => {
    expect(kpiStatus(t, value)).toBe(expected);
  });

  it("is none without a reading", () => {
    expect(kpiStatus(higher(1, 0), null)).toBe("none");
    expect(kpiStatus(band(1, 2, 1), null)).toBe("none");
  });

  it("is exact where a float score would not be: 0.1 + 0.2 against a target of 0.3", () => {
    expect(kpiStatus(higher(0.3, 0.1), 0.1 + 0.2)).toBe("green");
    expect(kpiStatus(lower(0.3, 0.5), 0.1 + 0.2)).toBe("amber");
  });
});

describe("invalid thresholds are refused loudly", () => {
  it.each([
    ["no target", { ...higher(1, 0), target: null }],
    ["no red flag", { ...lower(1, 2), redFlag: null }],
    ["target equal to red flag", higher(5, 5)],
    ["band without tolerance value", { ...band(1, 2, 1), bandTolerance: null }],
    ["inverted band", band(5, 1, 1)],
    ["negative tolerance", band(1, 5, -1)],
  ] as const)("%s", (_label, t) => {
    expect(() => kpiScore(t as Thresholds, 1)).toThrow(RangeError);
    expect(() => kpiStatus(t as Thresholds, 1)).toThrow(RangeError);
  });

  it("refuses a non-finite reading", () => {
    expect(() => kpiScore(higher(1, 0), Number.NaN)).toThrow(RangeError);
  });
});
