import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/periods";
import { readingsAsOf, type ReadingRow } from "@/lib/domain/scoring";
import { d, reading } from "./fixtures";

// January's value was corrected on 5 March; February and March were entered after their month.
const history: ReadingRow[] = [
  reading("2024-01-01", 10, 1, "2024-02-02T09:00:00Z"),
  reading("2024-01-01", 12, 2, "2024-03-05T10:00:00Z"),
  reading("2024-02-01", 20, 1, "2024-03-03T08:00:00Z"),
  reading("2024-03-01", 30, 1, "2024-04-02T08:00:00Z"),
];
const view = (rows: readonly ReadingRow[]) => rows.map((r) => `${toIsoDate(r.period)}=${r.value}@v${r.version}`);

describe("readingsAsOf", () => {
  it.each([
    ["2024-01-15", []], // January's reading was not entered yet
    ["2024-02-02", ["2024-01-01=10@v1"]],
    ["2024-03-04", ["2024-02-01=20@v1", "2024-01-01=10@v1"]], // correction still to come
    ["2024-03-05", ["2024-02-01=20@v1", "2024-01-01=12@v2"]],
    ["2024-04-01", ["2024-02-01=20@v1", "2024-01-01=12@v2"]], // March not entered yet
    ["2024-04-10", ["2024-03-01=30@v1", "2024-02-01=20@v1", "2024-01-01=12@v2"]],
  ] as const)("as of %s → %o", (asOf, expected) => {
    expect(view(readingsAsOf(history, d(asOf)))).toEqual(expected);
  });

  it("counts versions entered up to the last millisecond of the as-of day, not after", () => {
    const rows = [reading("2024-01-01", 1, 1, "2024-01-10T00:00:00Z"), reading("2024-01-01", 2, 2, "2024-01-20T23:59:59.999Z")];
    expect(view(readingsAsOf(rows, d("2024-01-20")))).toEqual(["2024-01-01=2@v2"]);
    expect(view(readingsAsOf(rows, new Date("2024-01-20T08:00:00Z")))).toEqual(["2024-01-01=2@v2"]);
    expect(view(readingsAsOf(rows, d("2024-01-19")))).toEqual(["2024-01-01=1@v1"]);
  });

  it("leaves out periods after the as-of day even when entered in advance", () => {
    const rows = [reading("2024-06-01", 5, 1, "2024-05-20T00:00:00Z")];
    expect(readingsAsOf(rows, d("2024-05-31"))).toEqual([]);
    expect(view(readingsAsOf(rows, d("2024-06-01")))).toEqual(["2024-06-01=5@v1"]);
  });

  it("hands back the caller's rows, extra columns included", () => {
    const rows = [{ ...reading("2024-01-01", 1), reason: "typo", source: "manual" }];
    expect(readingsAsOf(rows, d("2024-02-01"))[0]?.reason).toBe("typo");
  });

  it("does not depend on the order of the rows", () => {
    expect(view(readingsAsOf([...history].reverse(), d("2024-04-10")))).toEqual(view(readingsAsOf(history, d("2024-04-10"))));
  });
});

// ───────────── properties ─────────────

const DAY = 86_400_000;
const base = Date.UTC(2024, 0, 1);
const row = fc
  .record({
    periodDay: fc.integer({ min: 0, max: 120 }),
    lagMs: fc.integer({ min: 0, max: 90 * DAY }),
    version: fc.integer({ min: 1, max: 5 }),
    value: fc.integer({ min: -100, max: 100 }),
  })
  .map(({ periodDay, lagMs, version, value }) => ({
    period: new Date(base + periodDay * DAY),
    enteredAt: new Date(base + periodDay * DAY + lagMs),
    version,
    value,
    note: "",
  }));
const asOfArb = fc.integer({ min: 0, max: 240 * DAY }).map((ms) => new Date(base + ms));

describe("properties", () => {
  it("never sees the future and keeps one reading per period, newest first", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), asOfArb, (rows, asOf) => {
        const endOfDay = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()) + DAY;
        const result = readingsAsOf(rows, asOf);
        for (const point of result) {
          expect(point.period.getTime()).toBeLessThan(endOfDay);
          expect(point.enteredAt.getTime()).toBeLessThan(endOfDay);
          const rivals = rows.filter((r) => r.period.getTime() === point.period.getTime() && r.enteredAt.getTime() < endOfDay);
          expect(point.version).toBe(Math.max(...rivals.map((r) => r.version)));
        }
        const periods = result.map((p) => p.period.getTime());
        expect(periods).toEqual([...new Set(periods)].sort((a, b) => b - a));
      }),
    );
  });

  it("a correction entered later does not change an earlier as-of result", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), asOfArb, fc.nat(29), fc.integer({ min: 1, max: 30 * DAY }), (rows, asOf, pick, delayMs) => {
        const corrected = rows[pick % rows.length];
        if (!corrected) return;
        const endOfDay = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate()) + DAY;
        const correction = { ...corrected, version: 99, value: 12345, enteredAt: new Date(endOfDay - 1 + delayMs) };
        expect(readingsAsOf([...rows, correction], asOf)).toEqual(readingsAsOf(rows, asOf));
      }),
    );
  });
});
