// The set-up checklist says how far each step is, in words and as a share, and which comes next.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEmptyOrganisation, nextStep, setupSteps, type SetupCounts } from "@/lib/domain/setup-checklist";

const empty: SetupCounts = {
  valueChains: 0,
  functions: 0,
  functionsProfiled: 0,
  prioritiesInForce: 0,
  priorities: 0,
  kpis: { demand: 0, supply: 0, capability: 0 },
  demandSupported: 0,
  processes: 0,
  steps: 0,
  supplyMapped: 0,
  kpisWithReadings: 0,
};
const full: SetupCounts = {
  valueChains: 2,
  functions: 7,
  functionsProfiled: 7,
  prioritiesInForce: 9,
  priorities: 10,
  kpis: { demand: 10, supply: 20, capability: 13 },
  demandSupported: 10,
  processes: 9,
  steps: 40,
  supplyMapped: 20,
  kpisWithReadings: 43,
};

describe("setupSteps", () => {
  it("starts an empty organisation at its value chains, every step at zero", () => {
    const steps = setupSteps(empty);
    expect(steps.map((step) => [step.key, step.share, step.done])).toEqual([
      ["organisation", 0, false],
      ["profiles", 0, false],
      ["priorities", 0, false],
      ["kpis", 0, false],
      ["links", 0, false],
      ["processes", 0, false],
      ["readings", 0, false],
    ]);
    expect(nextStep(steps)?.key).toBe("organisation");
    expect(isEmptyOrganisation(empty)).toBe(true);
  });

  it("says what has been recorded in words", () => {
    const steps = setupSteps({ ...full, functionsProfiled: 5, demandSupported: 1, kpisWithReadings: 1 });
    expect(Object.fromEntries(steps.map((step) => [step.key, step.progress]))).toEqual({
      organisation: "2 value chains, 7 business functions",
      profiles: "5 of 7 functions profiled",
      priorities: "9 priorities in force (10 recorded)",
      kpis: "10 demand · 20 supply · 13 capability",
      links: "1 of 10 demand KPIs supported",
      processes: "9 processes, 40 steps; 20 of 20 supply KPIs mapped to a step",
      readings: "1 of 43 KPIs have a reading",
    });
    expect(nextStep(steps)?.key).toBe("profiles");
  });

  it("counts a layer with no KPI as missing, and a chain without functions as half done", () => {
    const steps = setupSteps({ ...full, kpis: { demand: 10, supply: 20, capability: 0 }, functions: 0, functionsProfiled: 0 });
    expect(steps.find((step) => step.key === "kpis")).toMatchObject({ share: 2 / 3, done: false });
    expect(steps.find((step) => step.key === "organisation")).toMatchObject({ share: 0.5, done: false });
  });

  it("is complete, with no next step, when everything is recorded", () => {
    expect(nextStep(setupSteps(full))).toBeNull();
    expect(isEmptyOrganisation(full)).toBe(false);
  });

  it("keeps every share between 0 and 1 and marks a step done exactly when its share is 1", () => {
    const n = fc.nat({ max: 50 });
    const counts = fc.record({
      valueChains: n,
      functions: n,
      functionsProfiled: n,
      prioritiesInForce: n,
      priorities: n,
      kpis: fc.record({ demand: n, supply: n, capability: n }),
      demandSupported: n,
      processes: n,
      steps: n,
      supplyMapped: n,
      kpisWithReadings: n,
    });
    fc.assert(
      fc.property(counts, (c) => {
        for (const step of setupSteps(c)) {
          expect(step.share).toBeGreaterThanOrEqual(0);
          expect(step.share).toBeLessThanOrEqual(1);
          expect(step.done).toBe(step.share === 1);
        }
      }),
    );
  });
});
