import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kpiCreateSchema } from "@/lib/schemas/kpi";

const base = {
  code: "CHG-SUCCESS",
  name: "Change success rate",
  layer: "supply",
  scorecard: "operational",
  unit: "%",
  direction: "higher",
  target: 98,
  redFlag: 92,
  frequency: "monthly",
  indicatorType: "lagging",
  ownerId: 3,
} as const;

const fieldsWithErrors = (input: unknown) => {
  const result = kpiCreateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("kpiCreateSchema", () => {
  it("accepts a well-formed supply KPI and defaults weight and description", () => {
    const parsed = kpiCreateSchema.parse(base);
    expect(parsed.weight).toBe(1);
    expect(parsed.description).toBe("");
  });

  it.each([
    [{ layer: "demand" }, "businessPriorityId"],
    [{ code: "lower-case" }, "code"],
    [{ unit: " " }, "unit"],
    [{ direction: "sideways" }, "direction"],
    [{ target: undefined }, "target"],
    [{ redFlag: 99 }, "redFlag"],
    [{ direction: "lower" }, "redFlag"],
    [{ weight: 0 }, "weight"],
    [{ frequency: "daily" }, "frequency"],
    [{ target: Number.NaN }, "target"],
    [{ direction: "band", bandLow: 80, bandHigh: 60, bandTolerance: 5 }, "bandHigh"],
    [{ direction: "band", bandLow: 60, bandHigh: 80 }, "bandTolerance"],
  ])("refuses %o naming field %s", (change, field) => {
    expect(fieldsWithErrors({ ...base, ...change })).toContain(field);
  });

  it("accepts a band KPI without target or red flag", () => {
    expect(fieldsWithErrors({ ...base, direction: "band", target: undefined, redFlag: undefined, bandLow: 60, bandHigh: 80, bandTolerance: 10 })).toEqual([]);
  });

  it("property: higher-is-better is valid exactly when target > red flag, lower-is-better when target < red flag", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, value, fc.constantFrom("higher", "lower"), (target, redFlag, direction) => {
        const valid = fieldsWithErrors({ ...base, direction, target, redFlag }).length === 0;
        expect(valid).toBe(direction === "higher" ? target > redFlag : target < redFlag);
      }),
    );
  });
});
