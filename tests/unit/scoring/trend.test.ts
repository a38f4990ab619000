import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareScores, trendOf } from "@/lib/domain/scoring";
import { band, higher, kpi, lower, series } from "./fixtures";

const up = [1, 2, 3, 4, 5, 6];
const down = [6, 5, 4, 3, 2, 1];

describe("trendOf", () => {
  it.each([
    ["higher, rising", higher(10, 0), up, "improving"],
    ["higher, falling", higher(10, 0), down, "worsening"],
    ["lower, rising", lower(0, 10), up, "worsening"],
    ["lower, falling", lower(0, 10), down, "improving"],
    ["constant", higher(10, 0), [5, 5, 5, 5], "flat"],
    // 0.09 a week over 5 weeks = 0.45 of |G − R| = 10 → 4.5 % → flat
    ["a drift under 5 %", higher(10, 0), [5, 5.09, 5.18, 5.27, 5.36, 5.45], "flat"],
    // 0.11 a week → 5.5 % → counts
    ["a drift over 5 %", higher(10, 0), [5, 5.11, 5.22, 5.33, 5.44, 5.55], "improving"],
    ["noisy but rising", higher(10, 0), [2, 4, 3, 5, 4, 6], "improving"],
  ] as const)("%s → %s", (_label, t, values, expected) => {
    expect(trendOf(kpi(1, t), series("2024-01-01", values))).toBe(expected);
  });

  it("scales the flat threshold by |G − R|: the same drift is flat on a wide scale", () => {
    const drift = [50, 50.2, 50.4, 50.6]; // 0.6 over the window
    expect(trendOf(kpi(1, higher(60, 50)), series("2024-01-01", drift))).toBe("improving"); // 6 %
    expect(trendOf(kpi(1, higher(100, 50)), series("2024-01-01", drift))).toBe("flat"); // 1.2 %
  });

  it("looks only at the newest six readings", () => {
    // The oldest value would turn the slope negative if it were counted.
    expect(trendOf(kpi(1), series("2024-01-01", [100, 1, 2, 3, 4, 5, 6]))).toBe("improving");
  });

  it("needs three readings", () => {
    expect(trendOf(kpi(1), series("2024-01-01", [1, 9]))).toBeNull();
    expect(trendOf(kpi(1), [])).toBeNull();
    expect(trendOf(kpi(1), series("2024-01-01", [1, 2, 9]))).toBe("improving");
  });

  it("does not depend on the order the readings arrive in", () => {
    const readings = series("2024-01-01", up);
    expect(trendOf(kpi(1), [...readings].reverse())).toBe("improving");
  });

  it("band KPIs trend on the distance from the band", () => {
    const t = band(40, 60, 10);
    expect(trendOf(kpi(1, t), series("2024-01-01", [75, 72, 69, 66]))).toBe("improving"); // d 15 → 6
    expect(trendOf(kpi(1, t), series("2024-01-01", [25, 28, 31, 34]))).toBe("improving"); // from below
    expect(trendOf(kpi(1, t), series("2024-01-01", [52, 56, 60, 64]))).toBe("worsening"); // d −8 → 4
    expect(trendOf(kpi(1, t), series("2024-01-01", [50, 50, 50]))).toBe("flat");
  });

  it("works on monthly and quarterly periods", () => {
    expect(trendOf(kpi(1, { frequency: "monthly" }), series("2024-01-01", up, "monthly"))).toBe("improving");
    expect(trendOf(kpi(1, { frequency: "quarterly", ...lower(0, 10) }), series("2024-01-01", up, "quarterly"))).toBe("worsening");
  });
});

describe("compareScores", () => {
  it.each([
    [6, 5, "improving"],
    [5, 6, "worsening"],
    [5.2, 5, "flat"],
    [5, 5.24, "flat"],
    [5, 5.25, "worsening"], // |Δ| = 0.25 is not under the threshold
    [5.5, 5.25, "improving"],
    [null, 5, null],
    [5, null, null],
  ] as const)("%s after %s → %s", (current, previous, expected) => {
    expect(compareScores(current, previous)).toBe(expected);
  });
});

describe("properties", () => {
  const steep = fc.double({ min: 0.5, max: 100, noNaN: true }); // per week, G − R = 10
  const start = fc.double({ min: -100, max: 100, noNaN: true });
  const count = fc.integer({ min: 3, max: 10 });

  it("a steadily rising series improves a higher-is-better KPI and worsens a lower-is-better one", () => {
    fc.assert(
      fc.property(start, steep, count, (first, step, n) => {
        const values = Array.from({ length: n }, (_, i) => first + step * i);
        expect(trendOf(kpi(1, higher(10, 0)), series("2024-01-01", values))).toBe("improving");
        expect(trendOf(kpi(1, lower(0, 10)), series("2024-01-01", values))).toBe("worsening");
      }),
    );
  });

  it("a steadily falling series does the opposite", () => {
    fc.assert(
      fc.property(start, steep, count, (first, step, n) => {
        const values = Array.from({ length: n }, (_, i) => first - step * i);
        expect(trendOf(kpi(1, higher(10, 0)), series("2024-01-01", values))).toBe("worsening");
        expect(trendOf(kpi(1, lower(0, 10)), series("2024-01-01", values))).toBe("improving");
      }),
    );
  });
});
