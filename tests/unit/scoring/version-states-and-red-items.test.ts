import { describe, expect, it } from "vitest";
import { attentionList, redItems, versionStates } from "@/lib/domain/scoring";
import type { KpiDefinition, Scorecard, ScoredKpi, Status } from "@/lib/domain/scoring/types";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const row = (period: string, version: number, enteredAt: string) => ({
  period: day(period),
  version,
  value: version,
  note: "",
  enteredAt: new Date(enteredAt),
});

describe("versionStates", () => {
  const history = [row("2026-03-01", 2, "2026-04-20T10:00:00Z"), row("2026-03-01", 1, "2026-04-03T10:00:00Z"), row("2026-02-01", 1, "2026-03-03T10:00:00Z")];

  it("marks the version that counted, the one it replaced, and those entered later", () => {
    expect(versionStates(history, day("2026-04-10")).map((r) => r.state)).toEqual(["later", "current", "current"]);
    expect(versionStates(history, day("2026-04-20")).map((r) => r.state)).toEqual(["current", "superseded", "current"]);
  });

  it("a period after the as-of day is later even if entered in time", () => {
    expect(versionStates([row("2026-05-01", 1, "2026-04-01T00:00:00Z")], day("2026-04-30"))[0]?.state).toBe("later");
  });

  it("counts a version entered in the last millisecond of the as-of day, not one at midnight after", () => {
    const edge = [row("2026-03-01", 2, "2026-04-11T00:00:00Z"), row("2026-03-01", 1, "2026-04-10T23:59:59.999Z")];
    expect(versionStates(edge, day("2026-04-10")).map((r) => r.state)).toEqual(["later", "current"]);
  });
});

function node(id: number, status: Status, children: ScoredKpi[] = []): ScoredKpi {
  const kpi = { id, code: `K${id}`, name: `KPI ${id}`, layer: "supply", unit: "%" } as KpiDefinition;
  return {
    kpi,
    status,
    score: null,
    value: null,
    period: null,
    stale: false,
    trend: null,
    forecast: null,
    effectiveWeight: 1,
    supportScore: null,
    children,
    series: [],
  };
}

describe("redItems", () => {
  it("lists every red KPI once, with the path by which it was first reached", () => {
    const shared = node(3, "red");
    const roots = [node(1, "red", [node(2, "amber", [shared])]), node(4, "green", [shared, node(5, "red")])];
    expect(redItems(roots).map((item) => [item.node.kpi.code, item.path.join(" › ")])).toEqual([
      ["K1", "KPI 1"],
      ["K3", "KPI 1 › KPI 2 › KPI 3"],
      ["K5", "KPI 4 › KPI 5"],
    ]);
  });

  it("is empty when nothing is red", () => {
    expect(redItems([node(1, "amber", [node(2, "green")])])).toEqual([]);
  });
});

describe("attentionList", () => {
  const scored = (id: number, status: Status, score: number | null) => ({ ...node(id, status), score });
  const card = (kind: "strategic" | "operational", kpis: ScoredKpi[]) => ({ kind, kpis }) as unknown as Scorecard;

  it("takes off-track and at-risk top-level KPIs across scorecards, worst first, up to the limit", () => {
    const cards = [card("strategic", [scored(1, "amber", 5), scored(2, "green", 8)]), card("operational", [scored(3, "red", 1.2), scored(4, "amber", 4)])];
    expect(attentionList(cards, 2).map(({ node, kind }) => [node.kpi.code, kind])).toEqual([
      ["K3", "operational"],
      ["K4", "operational"],
    ]);
    expect(attentionList(cards, 10)).toHaveLength(3);
  });
});
