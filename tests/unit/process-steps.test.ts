import { describe, expect, it } from "vitest";
import { planStepEdit } from "@/lib/domain/process-steps";

const steps = [
  { id: 1, name: "Detect", kpis: [] },
  { id: 2, name: "Resolve", kpis: [{ code: "S-MTTR", name: "Mean time to resolve" }] },
  { id: 3, name: "Review", kpis: [] },
];

describe("planStepEdit", () => {
  it("keeps, adds and removes steps without KPIs", () => {
    expect(planStepEdit(steps, [{ id: 2 }, {}, { id: 1 }])).toEqual({ kind: "ok", removedIds: [3] });
    expect(planStepEdit(steps, [{ id: 3 }, { id: 2 }, { id: 1 }])).toEqual({ kind: "ok", removedIds: [] });
  });

  it("refuses to remove a step with KPIs mapped, naming the step and its KPIs", () => {
    const plan = planStepEdit(steps, [{ id: 1 }]);
    expect(plan).toEqual({
      kind: "blocked",
      message:
        'A step with KPIs mapped to it cannot be removed: "Resolve" (Mean time to resolve S-MTTR). Map those KPIs to another step first, or keep the step.',
    });
  });

  it("an edit naming a step the process no longer has is stale", () => {
    expect(planStepEdit(steps, [{ id: 1 }, { id: 2 }, { id: 99 }])).toEqual({ kind: "stale" });
  });
});
