import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/periods";
import { forecastOf, type Forecast } from "@/lib/domain/scoring";
import { band, d, higher, kpi, lower, series } from "./fixtures";

const iso = (forecast: Forecast | null) => forecast && { event: forecast.event, date: toIsoDate(forecast.date) };

// Weekly readings for the weeks of 1, 8, 15 and 22 January 2024: they stand on the Sundays
// 7, 14, 21 and 28 January, so the newest is at 2024-01-28 and the line moves 1 per 7 days.
const improvingByOneAWeek = series("2024-01-01", [1, 2, 3, 4]);

describe("forecastOf", () => {
  it("a series improving 1 a week reaches a target 3 above it in 3 weeks", () => {
    const result = forecastOf(kpi(1, higher(7, 0)), improvingByOneAWeek, d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "reaches-target", date: "2024-02-18" });
  });

  it("... and a target 1 above it in 1 week", () => {
    const result = forecastOf(kpi(1, higher(5, 0)), improvingByOneAWeek, d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "reaches-target", date: "2024-02-04" });
  });

  it("forecasts only dates after as-of", () => {
    const t = kpi(1, higher(5, 0));
    expect(iso(forecastOf(t, improvingByOneAWeek, d("2024-02-03")))).toEqual({ event: "reaches-target", date: "2024-02-04" });
    expect(forecastOf(t, improvingByOneAWeek, d("2024-02-04"))).toBeNull();
    expect(forecastOf(t, improvingByOneAWeek, d("2024-02-05"))).toBeNull();
  });

  it("forecasts only within the horizon (default 180 days)", () => {
    const far = kpi(1, higher(100, 0)); // 96 weeks = 672 days away
    expect(forecastOf(far, improvingByOneAWeek, d("2024-01-31"))).toBeNull();
    expect(iso(forecastOf(far, improvingByOneAWeek, d("2024-01-31"), 1000))).toEqual({
      event: "reaches-target",
      date: "2025-11-30",
    });
    // 26 more weeks = 182 days after 28 January = 28 July, which is 179 days after 31 January.
    const near = kpi(1, higher(30, 0));
    expect(iso(forecastOf(near, improvingByOneAWeek, d("2024-01-31")))).toEqual({ event: "reaches-target", date: "2024-07-28" });
    expect(forecastOf(near, improvingByOneAWeek, d("2024-01-31"), 179)).not.toBeNull();
    expect(forecastOf(near, improvingByOneAWeek, d("2024-01-31"), 178)).toBeNull();
  });

  it("a worsening amber KPI crosses its red flag", () => {
    const result = forecastOf(kpi(1, higher(10, 4)), series("2024-01-01", [9, 8, 7, 6]), d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "crosses-red-flag", date: "2024-02-11" });
  });

  it("a worsening green KPI crosses its red flag too", () => {
    const result = forecastOf(kpi(1, higher(10, 4)), series("2024-01-01", [16, 14, 12, 10]), d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "crosses-red-flag", date: "2024-02-18" }); // 6 down at 2 a week
  });

  it("a red KPI that improves is forecast to reach the target, not the red flag", () => {
    const red = forecastOf(kpi(1, higher(8, 5)), improvingByOneAWeek, d("2024-01-31")); // 4 < 5: red
    expect(iso(red)).toEqual({ event: "reaches-target", date: "2024-02-25" });
  });

  it("nothing to forecast for a green KPI improving or a red KPI worsening", () => {
    expect(forecastOf(kpi(1, higher(3, 0)), improvingByOneAWeek, d("2024-01-31"))).toBeNull();
    expect(forecastOf(kpi(1, higher(20, 10)), series("2024-01-01", [9, 8, 7, 6]), d("2024-01-31"))).toBeNull();
  });

  it("lower-is-better: a falling value reaches the target", () => {
    const result = forecastOf(kpi(1, lower(2, 10)), series("2024-01-01", [9, 8, 7, 6]), d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "reaches-target", date: "2024-02-25" }); // 4 down at 1 a week
  });

  it("band: the distance to the band is projected, rounded up to a whole day", () => {
    // d = 15, 13, 11, 9: falls 2 a week; 9 / (2/7) = 31.5 days → the 32nd day after 28 January
    const result = forecastOf(kpi(1, band(40, 60, 10)), series("2024-01-01", [75, 73, 71, 69]), d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "reaches-target", date: "2024-02-29" });
  });

  it("band: drifting out of the band crosses the red flag at the tolerance", () => {
    // d = −6, −4, −2, 0 (green at the edge), rising 2 a week → d = 10 in 35 days
    const result = forecastOf(kpi(1, band(40, 60, 10)), series("2024-01-01", [54, 56, 58, 60]), d("2024-01-31"));
    expect(iso(result)).toEqual({ event: "crosses-red-flag", date: "2024-03-03" });
  });

  it("monthly readings stand on the last day of their month", () => {
    // Ends 31 Jan, 29 Feb, 31 Mar (x = −60, −31, 0): slope 60/1800.67 a day; 4 is reached 29.69 days on.
    const result = forecastOf(kpi(1, { ...higher(4, 0), frequency: "monthly" }), series("2024-01-01", [1, 2, 3], "monthly"), d("2024-04-05"));
    expect(iso(result)).toEqual({ event: "reaches-target", date: "2024-04-30" });
  });

  it("needs three readings and a slope", () => {
    expect(forecastOf(kpi(1, higher(7, 0)), series("2024-01-01", [1, 2]), d("2024-01-20"))).toBeNull();
    expect(forecastOf(kpi(1, higher(7, 0)), series("2024-01-01", [3, 3, 3]), d("2024-01-25"))).toBeNull();
  });

  it("uses the newest eight readings only", () => {
    // Without the window, the old plateau at 50 would make the line fall.
    const values = [50, 50, 50, 1, 2, 3, 4, 5, 6, 7, 8];
    const result = forecastOf(kpi(1, higher(10, 0)), series("2024-01-01", values), d("2024-03-20"));
    // Newest is the week of 11 March (ends 17 March) at 8; 2 more at 1 a week → 31 March.
    expect(iso(result)).toEqual({ event: "reaches-target", date: "2024-03-31" });
  });
});
