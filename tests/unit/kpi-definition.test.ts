// The rules across a KPI definition's fields, and the schema's per-field checks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definitionProblems, isPercentUnit, thresholdsFor, type DefinitionShape } from "@/lib/domain/kpi-definition";
import { kpiCreateSchema } from "@/lib/schemas/kpi";
import { zodProblems } from "@/lib/schemas/problems";

const supply: DefinitionShape = {
  layer: "supply",
  unit: "%",
  direction: "higher",
  target: 98,
  redFlag: 92,
  bandLow: null,
  bandHigh: null,
  bandTolerance: null,
  hasPriority: false,
  hasProcessStep: true,
  hasCapability: false,
};
const paths = (shape: DefinitionShape) => definitionProblems(shape).map((problem) => problem.path);

describe("definitionProblems", () => {
  it("accepts a well-formed supply KPI", () => expect(definitionProblems(supply)).toEqual([]));

  it.each<[string, Partial<DefinitionShape>, string[]]>([
    ["a demand KPI without a priority", { layer: "demand", hasProcessStep: false }, ["businessPriority"]],
    ["a supply KPI with a priority", { hasPriority: true }, ["businessPriority"]],
    ["a demand KPI mapped to a process step", { layer: "demand", hasPriority: true }, ["processStep"]],
    ["a supply KPI naming a capability", { hasCapability: true }, ["capability"]],
    ["a higher-is-better target at or below its red flag", { target: 92 }, ["redFlag"]],
    ["a lower-is-better target above its red flag", { direction: "lower" }, ["redFlag"]],
    ["a missing target", { target: null }, ["target"]],
    ["a percentage target above 100", { target: 140 }, ["target"]],
    ["a percentage red flag below 0", { redFlag: -1 }, ["redFlag"]],
    ["a band whose low is above its high", { direction: "band", bandLow: 80, bandHigh: 60, bandTolerance: 5 }, ["bandHigh"]],
    ["a band without tolerance", { direction: "band", bandLow: 60, bandHigh: 80 }, ["bandTolerance"]],
  ])("refuses %s, naming the field", (_, change, expected) => expect(paths({ ...supply, ...change })).toEqual(expected));

  it("lets a unit that is not a percentage go beyond 100", () => {
    expect(paths({ ...supply, unit: "hours", direction: "lower", target: 120, redFlag: 240 })).toEqual([]);
  });

  it("accepts a band KPI without target or red flag", () => {
    expect(paths({ ...supply, direction: "band", target: null, redFlag: null, bandLow: 60, bandHigh: 80, bandTolerance: 10 })).toEqual([]);
  });

  it("property: higher-is-better is valid exactly when target > red flag, lower-is-better when target < red flag", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, value, fc.constantFrom("higher" as const, "lower" as const), (target, redFlag, direction) => {
        const valid = paths({ ...supply, unit: "hours", direction, target, redFlag }).length === 0;
        expect(valid).toBe(direction === "higher" ? target > redFlag : target < redFlag);
      }),
    );
  });

  it("property: a percentage threshold is refused exactly when outside 0–100", () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), (target) => {
        const refused = paths({ ...supply, target, redFlag: -1000 }).includes("target");
        expect(refused).toBe(target < 0 || target > 100);
      }),
    );
  });
});

describe("isPercentUnit and thresholdsFor", () => {
  it.each([
    ["%", true],
    ["% of changes", true],
    ["hours", false],
    ["score (0–100)", false],
  ])("%s is a percentage: %s", (unit, expected) => expect(isPercentUnit(unit)).toBe(expected));

  it("clears the thresholds the direction does not use", () => {
    expect(thresholdsFor({ direction: "band", target: 1, redFlag: 2, bandLow: 3, bandHigh: 4, bandTolerance: 5 })).toMatchObject({
      target: null,
      redFlag: null,
      bandLow: 3,
    });
    expect(thresholdsFor({ direction: "lower", target: 1, redFlag: 2, bandLow: 3, bandHigh: 4, bandTolerance: 5 })).toMatchObject({
      target: 1,
      bandLow: null,
      bandTolerance: null,
    });
  });
});

describe("kpiCreateSchema", () => {
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
    ownerEmail: "owner@example.com",
  };
  const fieldsWithErrors = (input: unknown) => {
    const result = kpiCreateSchema.safeParse(input);
    return result.success ? [] : zodProblems(result.error).map((problem) => problem.path);
  };

  it("defaults weight, description and every reference", () => {
    expect(kpiCreateSchema.parse(base)).toMatchObject({ weight: 1, description: "", businessPriority: null, processStep: null, capability: null });
  });

  it.each([
    [{ code: "lower-case" }, "code"],
    [{ unit: " " }, "unit"],
    [{ direction: "sideways" }, "direction"],
    [{ weight: 0 }, "weight"],
    [{ frequency: "daily" }, "frequency"],
    [{ target: Number.NaN }, "target"],
    [{ ownerEmail: "not an email" }, "ownerEmail"],
    [{ processStep: "INC-MGMT-2" }, "processStep"],
    [{ ownerId: 3 }, "ownerId"],
  ])("refuses %o naming field %s", (change, field) => {
    expect(fieldsWithErrors({ ...base, ...change })).toContain(field);
  });
});
