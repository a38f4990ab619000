import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityFit, type InitiativeStatus } from "@/lib/domain/backlog";
import { initiative } from "./fixtures";

const item = (code: string, status: InitiativeStatus, effortWeeks: number) => initiative(code, { status, effortWeeks });

describe("capacityFit", () => {
  it("runs the cumulative line over committed items in rank order and marks what fits", () => {
    const fit = capacityFit([item("A", "in_progress", 10), item("B", "approved", 15), item("C", "approved", 10), item("D", "approved", 3)], 26);
    expect(fit.rows.map((r) => [r.initiative.code, r.cumulativeWeeks, r.fits])).toEqual([
      ["A", 10, true],
      ["B", 25, true],
      ["C", 35, false],
      ["D", 38, false],
    ]);
    expect(fit).toMatchObject({ capacityWeeks: 26, committedWeeks: 38, overByWeeks: 12 });
  });

  it("fits exactly at capacity", () => {
    const fit = capacityFit([item("A", "approved", 10), item("B", "approved", 10)], 20);
    expect(fit.rows.map((r) => r.fits)).toEqual([true, true]);
    expect(fit.overByWeeks).toBe(0);
  });

  it("shows candidates against the capacity left without using it, and leaves closed items out", () => {
    const fit = capacityFit(
      [
        item("A", "approved", 10),
        item("T", "triaged", 8),
        item("X", "done", 99),
        item("R", "rejected", 99),
        item("Z", "deferred", 99),
        item("B", "approved", 5),
        item("P", "proposed", 6),
      ],
      20,
    );
    expect(fit.rows.map((r) => [r.initiative.code, r.committed, r.cumulativeWeeks, r.fits])).toEqual([
      ["A", true, 10, true],
      ["T", false, 18, true],
      ["B", true, 15, true],
      ["P", false, 21, false],
    ]);
    expect(fit.committedWeeks).toBe(15);
  });

  it("treats a negative capacity as none", () => {
    expect(capacityFit([item("A", "approved", 1)], -5).rows[0]?.fits).toBe(false);
    expect(capacityFit([], 10)).toEqual({ capacityWeeks: 10, rows: [], committedWeeks: 0, overByWeeks: 0 });
  });
});

// ───────────── properties ─────────────

const STATUSES: InitiativeStatus[] = ["proposed", "triaged", "approved", "in_progress", "done", "rejected", "deferred"];
const backlog = fc.array(fc.record({ status: fc.constantFrom(...STATUSES), effortWeeks: fc.integer({ min: 1, max: 40 }) }), { maxLength: 20 });
const capacity = fc.integer({ min: 0, max: 300 });

describe("properties", () => {
  it("committed items that fit form a prefix whose effort is within capacity", () => {
    fc.assert(
      fc.property(backlog, capacity, (entries, weeks) => {
        const ranked = entries.map((e, i) => item(`I-${i}`, e.status, e.effortWeeks));
        const committed = capacityFit(ranked, weeks).rows.filter((r) => r.committed);
        const firstOver = committed.findIndex((r) => !r.fits);
        if (firstOver >= 0) expect(committed.slice(firstOver).every((r) => !r.fits)).toBe(true);
        const fitting = committed.filter((r) => r.fits).reduce((sum, r) => sum + r.initiative.effortWeeks, 0);
        expect(fitting).toBeLessThanOrEqual(weeks);
      }),
    );
  });

  it("the line ends at the committed total, and over-capacity is the excess", () => {
    fc.assert(
      fc.property(backlog, capacity, (entries, weeks) => {
        const ranked = entries.map((e, i) => item(`I-${i}`, e.status, e.effortWeeks));
        const fit = capacityFit(ranked, weeks);
        const total = entries.filter((e) => e.status === "approved" || e.status === "in_progress").reduce((s, e) => s + e.effortWeeks, 0);
        expect(fit.committedWeeks).toBe(total);
        expect(fit.overByWeeks).toBe(Math.max(0, total - weeks));
        expect(fit.rows.every((r) => r.fits === r.cumulativeWeeks <= weeks)).toBe(true);
      }),
    );
  });

  it("more capacity never turns a fitting item into one that does not fit", () => {
    fc.assert(
      fc.property(backlog, capacity, fc.integer({ min: 0, max: 100 }), (entries, weeks, more) => {
        const ranked = entries.map((e, i) => item(`I-${i}`, e.status, e.effortWeeks));
        const before = capacityFit(ranked, weeks).rows;
        const after = capacityFit(ranked, weeks + more).rows;
        before.forEach((row, i) => {
          if (row.fits) expect(after[i]?.fits).toBe(true);
        });
      }),
    );
  });
});
