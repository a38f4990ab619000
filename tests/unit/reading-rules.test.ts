import { describe, expect, it } from "vitest";
import { classifyReading, noteRequired, periodProblem } from "@/lib/domain/reading-rules";
import { readingInputSchema } from "@/lib/schemas/reading";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day("2026-11-23");

describe("periodProblem", () => {
  it.each([
    ["2026-11-23", "weekly"],
    ["2026-11-01", "monthly"],
    ["2026-10-01", "quarterly"],
  ] as const)("accepts %s for %s", (period, frequency) => expect(periodProblem(day(period), frequency, today)).toBeNull());

  it.each([
    ["2026-11-24", "weekly", "a Monday"],
    ["2026-11-02", "monthly", "first day of a month; 2026-11-02 is not. Did you mean 2026-11-01?"],
    ["2026-11-01", "quarterly", "Did you mean 2026-10-01?"],
    ["2026-12-01", "monthly", "2026-12-01 is in the future"],
    ["2026-11-30", "weekly", "in the future"],
  ] as const)("refuses %s for %s", (period, frequency, message) => expect(periodProblem(day(period), frequency, today)).toContain(message));
});

describe("noteRequired", () => {
  const higher = { direction: "higher", target: 95, redFlag: 90, bandLow: null, bandHigh: null, bandTolerance: null } as const;
  it.each([
    [89.9, true],
    [90, false],
    [97, false],
  ])("value %s: %s", (value, expected) => expect(noteRequired(higher, value)).toBe(expected));
});

describe("classifyReading", () => {
  it("new, unchanged or a correction", () => {
    expect(classifyReading(null, { value: 1, note: "" })).toBe("new");
    expect(classifyReading({ value: 1, note: "x" }, { value: 1, note: "x" })).toBe("unchanged");
    expect(classifyReading({ value: 1, note: "x" }, { value: 2, note: "x" })).toBe("correction");
    expect(classifyReading({ value: 1, note: "x" }, { value: 1, note: "y" })).toBe("correction");
  });
});

describe("readingInputSchema", () => {
  it.each([
    ["-4.5", -4.5],
    ["+3", 3],
    [".5", 0.5],
    ["1e3", 1000],
    ["2.", 2],
  ])("reads the decimal %s as %s", (raw, value) => expect(readingInputSchema.parse({ period: "2026-11-01", value: raw }).value).toBe(value));

  it("accepts text numbers and trims notes", () => {
    expect(readingInputSchema.parse({ period: "2026-11-01", value: " 42.5 ", note: "  ok " })).toEqual({ period: day("2026-11-01"), value: 42.5, note: "ok" });
  });
  it.each([
    [{ period: "2026-11-31", value: 1 }, "period", "real calendar date"],
    [{ period: "1/11/2026", value: 1 }, "period", "YYYY-MM-DD"],
    [{ period: "2026-11-01", value: "12abc" }, "value", "must be a number"],
    [{ period: "2026-11-01", value: Number.POSITIVE_INFINITY }, "value", "must be a number"],
    [{ period: "2026-11-01", value: 1, note: "x".repeat(2001) }, "note", "at most 2000"],
    [{ period: "2026-11-01", value: 1, note: "bad\u0000byte" }, "note", "NUL character"],
    [{ period: "2026-11-01", value: "0x10" }, "value", "must be a number"],
    [{ period: "2026-11-01", value: "1e" }, "value", "must be a number"],
  ])("refuses %o naming %s", (input, field, message) => {
    const result = readingInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
