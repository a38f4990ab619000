import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeKpi, makePriority, makeUser } from "../factories";

// The field-naming refusal is the domain rule's (tests/unit/kpi-definition.test.ts); here the
// database's own constraints, the last line when validation is bypassed.
describe("a demand KPI must be anchored in a business priority", () => {
  it("is refused by the database too, even when validation is bypassed", async () => {
    const owner = await makeUser({ role: "process_owner" });
    const write = db().kpi.create({
      data: {
        code: "RAW-DEMAND-1",
        name: "x",
        layer: "demand",
        scorecard: "strategic",
        unit: "%",
        direction: "higher",
        target: 2,
        redFlag: 1,
        frequency: "monthly",
        indicatorType: "lagging",
        ownerId: owner.id,
      },
    });
    await expect(write).rejects.toThrow(/kpi_demand_needs_priority/);
  });

  it("accepts a demand KPI with a priority, and supply KPIs without one", async () => {
    const priority = await makePriority();
    const demand = await makeKpi({ layer: "demand", businessPriorityId: priority.id });
    const supply = await makeKpi({ layer: "supply" });
    expect(demand.businessPriorityId).toBe(priority.id);
    expect(supply.businessPriorityId).toBeNull();
  });

  it("the database refuses thresholds that contradict the direction", async () => {
    const owner = await makeUser({ role: "process_owner" });
    const write = db().kpi.create({
      data: {
        code: "RAW-BAD-THRESH",
        name: "x",
        layer: "supply",
        scorecard: "operational",
        unit: "%",
        direction: "higher",
        target: 90,
        redFlag: 95,
        frequency: "monthly",
        indicatorType: "lagging",
        ownerId: owner.id,
      },
    });
    await expect(write).rejects.toThrow(/kpi_thresholds_consistent/);
  });
});
