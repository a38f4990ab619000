import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/periods";
import { evaluateKpi } from "@/lib/domain/scoring";
import { d, higher, kpi, series } from "./fixtures";

describe("evaluateKpi", () => {
  it("is empty without readings", () => {
    expect(evaluateKpi(kpi(1), [], d("2024-03-01"))).toEqual({
      score: null,
      status: "none",
      value: null,
      period: null,
      stale: false,
      trend: null,
      forecast: null,
    });
  });

  it("scores the newest reading and adds staleness, trend and forecast", () => {
    // Weeks of 1–22 January at 1, 2, 3, 4; G 7, R 0 → score 10/3 · (1 + 4/7) = 110/21.
    const result = evaluateKpi(kpi(1, higher(7, 0)), series("2024-01-01", [1, 2, 3, 4]), d("2024-01-31"));
    expect(result.score).toBeCloseTo(110 / 21, 12);
    expect(result.status).toBe("amber");
    expect(result.value).toBe(4);
    expect(toIsoDate(result.period as Date)).toBe("2024-01-22");
    expect(result.stale).toBe(false);
    expect(result.trend).toBe("improving");
    expect(result.forecast?.event).toBe("reaches-target");
    expect(toIsoDate(result.forecast?.date as Date)).toBe("2024-02-18");
  });

  it("still scores a stale reading, and flags it", () => {
    // Next week (29 Jan) ends 4 Feb; + 3 days grace → stale from 8 February.
    const result = evaluateKpi(kpi(1, higher(7, 0)), series("2024-01-01", [1, 2, 3, 4]), d("2024-02-08"));
    expect(result.stale).toBe(true);
    expect(result.status).toBe("amber");
    expect(evaluateKpi(kpi(1, higher(7, 0)), series("2024-01-01", [1, 2, 3, 4]), d("2024-02-07")).stale).toBe(false);
  });

  it("takes the newest period even when the readings arrive oldest first", () => {
    const result = evaluateKpi(kpi(1, higher(7, 0)), series("2024-01-01", [1, 2, 3, 7]).reverse(), d("2024-01-31"));
    expect(result.value).toBe(7);
    expect(result.status).toBe("green");
  });

  it("passes the forecast horizon through", () => {
    const readings = series("2024-01-01", [1, 2, 3, 4]);
    expect(evaluateKpi(kpi(1, higher(7, 0)), readings, d("2024-01-31"), { horizonDays: 10 }).forecast).toBeNull();
  });
});
