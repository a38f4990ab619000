import { describe, expect, it } from "vitest";
import { toKpiNodeView } from "@/components/scorecard/view";
import { scoredKpiJson } from "@/lib/api/scorecard-json";
import type { ScoredKpi } from "@/lib/domain/scoring/types";
import { kpiDefinitionFields } from "@/lib/kpi-view";
import { band, d, kpi } from "./scoring/fixtures";

const leaf: ScoredKpi = {
  kpi: kpi(2, { code: "CAP-1", name: "Skills coverage", layer: "capability", unit: "%", ...band(60, 80, 5) }),
  score: null,
  status: "none",
  value: null,
  period: null,
  stale: false,
  trend: null,
  forecast: null,
  effectiveWeight: 1,
  supportScore: null,
  children: [],
  series: [],
};

const node: ScoredKpi = {
  kpi: kpi(1, { code: "SUP-1", name: "Change success", indicatorType: "leading", ownerName: "Ola" }),
  score: 7.123456,
  status: "green",
  value: 9,
  period: d("2025-03-01"),
  stale: true,
  trend: "improving",
  forecast: { event: "reaches-target", date: d("2025-06-01") },
  effectiveWeight: 1.5,
  supportScore: 3.333333,
  children: [leaf],
  series: [
    { period: d("2025-02-01"), value: 8 },
    { period: d("2025-03-01"), value: 9 },
  ],
};

// Spelled out field by field: the shared mapping must leave each output exactly as it was.
describe("one KPI mapping for the API and the pages", () => {
  it("the API node keeps its fields, scores rounded to two decimals", () => {
    expect(scoredKpiJson(node)).toStrictEqual({
      code: "SUP-1",
      name: "Change success",
      layer: "supply",
      unit: "pts",
      direction: "higher",
      score: 7.12,
      supportScore: 3.33,
      status: "green",
      value: 9,
      period: "2025-03-01",
      target: 10,
      redFlag: 0,
      bandLow: null,
      bandHigh: null,
      bandTolerance: null,
      stale: true,
      trend: "improving",
      forecast: { event: "reaches-target", date: "2025-06-01" },
      children: [
        {
          code: "CAP-1",
          name: "Skills coverage",
          layer: "capability",
          unit: "%",
          direction: "band",
          score: null,
          supportScore: null,
          status: "none",
          value: null,
          period: null,
          target: null,
          redFlag: null,
          bandLow: 60,
          bandHigh: 80,
          bandTolerance: 5,
          stale: false,
          trend: null,
          forecast: null,
          children: [],
        },
      ],
    });
  });

  it("the page's tree node adds what only pages show and keeps scores unrounded", () => {
    const view = toKpiNodeView(node);
    expect(view).toStrictEqual({
      code: "SUP-1",
      name: "Change success",
      layer: "supply",
      unit: "pts",
      indicatorType: "leading",
      direction: "higher",
      target: 10,
      redFlag: 0,
      bandLow: null,
      bandHigh: null,
      bandTolerance: null,
      ownerName: "Ola",
      score: 7.123456,
      supportScore: 3.333333,
      status: "green",
      value: 9,
      period: "2025-03-01",
      stale: true,
      trend: "improving",
      forecast: { event: "reaches-target", date: "2025-06-01" },
      series: [
        { period: "2025-02-01", value: 8 },
        { period: "2025-03-01", value: 9 },
      ],
      children: [toKpiNodeView(leaf)],
    });
    expect(view.children[0]).toMatchObject({ code: "CAP-1", bandLow: 60, period: null, forecast: null, series: [] });
  });

  it("the definition fields leave out whatever else the row carries", () => {
    expect(Object.keys(kpiDefinitionFields(node.kpi)).sort()).toEqual([
      "bandHigh",
      "bandLow",
      "bandTolerance",
      "code",
      "direction",
      "layer",
      "name",
      "redFlag",
      "target",
      "unit",
    ]);
  });
});
