// A priority governs in time: a demand KPI is top-level on a day only while its priority is in
// force, and the score, groups and counts of a scorecard are those of its anchored KPIs alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/periods";
import { anchorOf, buildScorecard, SCORECARD_KINDS, type ScoringSnapshot } from "@/lib/domain/scoring";
import { d } from "./fixtures";
import { ACC, firm, SAL } from "./snapshot";

const withWindow = (snapshot: ScoringSnapshot, code: string, startsOn: string, endsOn: string | null): ScoringSnapshot => ({
  ...snapshot,
  priorities: snapshot.priorities.map((p) => (p.code === code ? { ...p, startsOn: d(startsOn), endsOn: endsOn === null ? null : d(endsOn) } : p)),
});

describe("anchorOf", () => {
  const priority = { startsOn: d("2025-01-01"), endsOn: d("2025-06-30") };
  it.each([
    ["2024-12-31", "not-started"],
    ["2025-01-01", "in-force"],
    ["2025-06-30", "in-force"],
    ["2025-07-01", "ended"],
  ])("on %s the KPI is %s", (day, anchor) => expect(anchorOf(priority, d(day))).toBe(anchor));

  it("a KPI without a priority is never anchored", () => expect(anchorOf(undefined, d("2025-03-01"))).toBe("no-priority"));
});

describe("buildScorecard with priority windows", () => {
  // The firm is scored on 6 March 2024; P-MOBILE (Sales) holds DEM-C, whose drill-down has the stale SUP-3.
  it("an ended priority's KPI is listed apart and leaves the score, its group and the counts", () => {
    const before = buildScorecard(firm(), "strategic");
    const card = buildScorecard(withWindow(firm(), "P-MOBILE", "2023-01-01", "2024-02-29"), "strategic");
    expect(card.kpis.map((node) => node.kpi.code)).toEqual(["DEM-A", "DEM-B", "DEM-D"]);
    expect(card.notAnchored.map((item) => [item.node.kpi.code, item.anchor, item.priority?.code])).toEqual([["DEM-C", "ended", "P-MOBILE"]]);
    expect(card.groups.map((group) => group.priority.code)).toEqual(["P-COST", "P-CLOSE"]);
    expect(card.counts.stale).toBe(before.counts.stale - 1);
    expect(card.score).not.toBe(before.score);
    // Its figures are still worked out, so the page can show them.
    expect(card.notAnchored[0]?.node.score).toBe(before.kpis.find((node) => node.kpi.code === "DEM-C")?.score);
  });

  it("a priority that starts after the as-of date does not anchor yet, and does from its first day", () => {
    const later = withWindow(firm(), "P-MOBILE", "2024-04-01", null);
    expect(buildScorecard(later, "strategic", SAL).notAnchored.map((item) => item.anchor)).toEqual(["not-started"]);
    const onTheDay = buildScorecard({ ...later, asOf: d("2024-04-01") }, "strategic", SAL);
    expect(onTheDay.kpis.map((node) => node.kpi.code)).toContain("DEM-C");
    expect(onTheDay.notAnchored).toEqual([]);
  });

  it("whatever the windows, a scorecard scores exactly as if the unanchored KPIs were not there", () => {
    const offset = fc.integer({ min: -400, max: 400 });
    const window = fc.record({ start: offset, length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }) });
    const views = fc.constantFrom<number | null>(null, ACC, SAL);
    fc.assert(
      fc.property(fc.array(window, { minLength: 3, maxLength: 3 }), fc.constantFrom(...SCORECARD_KINDS), views, (windows, kind, view) => {
        const base = firm();
        const snapshot: ScoringSnapshot = {
          ...base,
          priorities: base.priorities.map((p, i) => {
            const { start, length } = windows[i] ?? { start: 0, length: null };
            const startsOn = addDays(base.asOf, start);
            return { ...p, startsOn, endsOn: length === null ? null : addDays(startsOn, length) };
          }),
        };
        const card = buildScorecard(snapshot, kind, view);
        const unanchored = new Set(card.notAnchored.map((item) => item.node.kpi.id));
        const without = buildScorecard({ ...snapshot, kpis: snapshot.kpis.filter((kpi) => !unanchored.has(kpi.id)) }, kind, view);
        expect(card.score).toBe(without.score);
        expect(card.counts).toEqual(without.counts);
        expect(card.groups.map((group) => group.priority.code)).toEqual(without.groups.map((group) => group.priority.code));
        for (const node of card.kpis) {
          expect(
            anchorOf(
              snapshot.priorities.find((p) => p.id === node.kpi.businessPriorityId),
              snapshot.asOf,
            ),
          ).toBe("in-force");
        }
        // Every demand KPI of the view is somewhere, once.
        const all = buildScorecard({ ...base, priorities: base.priorities.map((p) => ({ ...p, startsOn: d("2000-01-01"), endsOn: null })) }, kind, view);
        expect([...card.kpis.map((n) => n.kpi.id), ...unanchored].sort()).toEqual(all.kpis.map((n) => n.kpi.id).sort());
      }),
    );
  });
});
