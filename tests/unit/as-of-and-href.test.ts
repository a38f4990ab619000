import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { href } from "@/lib/href";
import { asOfChoice, asOfParameterSchema, asOfQuerySchema } from "@/lib/schemas/as-of";
import { parseSearchParams } from "@/lib/schemas/search-params";

beforeAll(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-23T15:30:00Z"));
});
afterAll(() => vi.useRealTimers());

describe("as-of dates", () => {
  it.each([
    ["2026-11-23", "2026-11-23T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["1900-01-01", "1900-01-01T00:00:00.000Z"],
  ])("accepts %s", (text, iso) => expect(asOfParameterSchema.parse(text).toISOString()).toBe(iso));

  it.each([
    ["2026-02-30", "real calendar date"],
    ["2025-02-29", "real calendar date"],
    ["2026-11-24", "between 1900-01-01 and today (2026-11-23, UTC)"],
    ["0000-01-01", "between 1900-01-01 and today"],
    ["yesterday", "YYYY-MM-DD"],
    ["2026-1-5", "YYYY-MM-DD"],
  ])("refuses %s saying %s", (text, message) => {
    const result = asOfParameterSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("pages fall back to today, saying why", () => {
    const choose = (asOf?: string) => {
      const query = parseSearchParams(asOfQuerySchema, { asOf });
      return { choice: asOfChoice(query), refused: query.refused };
    };
    expect(choose(undefined).choice).toEqual({ asOf: new Date("2026-11-23"), isToday: true, refused: false });
    expect(choose("").choice).toEqual({ asOf: new Date("2026-11-23"), isToday: true, refused: false });
    expect(choose("2026-06-01").choice).toEqual({ asOf: new Date("2026-06-01"), isToday: false, refused: false });
    expect(choose("2026-11-23").choice.isToday).toBe(true);
    const { choice, refused } = choose("2026-13-01");
    expect(choice).toEqual({ asOf: new Date("2026-11-23"), isToday: true, refused: true });
    expect(refused).toEqual([{ path: "asOf", message: expect.stringContaining("real calendar date") }]);
  });
});

describe("href", () => {
  it("drops unset parameters and encodes the rest", () => {
    expect(href("/kpis")).toBe("/kpis");
    expect(href("/kpis", { asOf: null, page: undefined, layer: "" })).toBe("/kpis");
    expect(href("/scorecards/strategic", { businessFunction: "TRD", asOf: "2026-01-01" })).toBe("/scorecards/strategic?businessFunction=TRD&asOf=2026-01-01");
    expect(href("", { q: "a&b" })).toBe("?q=a%26b");
  });
});
