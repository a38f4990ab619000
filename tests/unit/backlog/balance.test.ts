import { describe, expect, it } from "vitest";
import { BALANCE_TOLERANCE_POINTS, exploreBalance, functionsOutOfBalance } from "@/lib/domain/backlog";
import { firm } from "../scoring/snapshot";
import { initiative } from "./fixtures";

// Accounting targets 10 % explore, Sales 50 %, Risk has no profile.
const { functions } = firm();
const [ACC, SAL, RSK] = [1, 2, 3];

describe("exploreBalance", () => {
  it("shares out approved and in-progress effort per function and compares it with the target", () => {
    const rows = exploreBalance(functions, [
      initiative("A1", { status: "approved", businessFunctionId: ACC, stream: "exploit", effortWeeks: 16 }),
      initiative("A2", { status: "in_progress", businessFunctionId: ACC, stream: "explore", effortWeeks: 4 }),
      initiative("S1", { status: "in_progress", businessFunctionId: SAL, stream: "exploit", effortWeeks: 9 }),
      initiative("S2", { status: "approved", businessFunctionId: SAL, stream: "explore", effortWeeks: 1 }),
    ]);
    expect(rows.map((r) => [r.function.code, r.exploreWeeks, r.exploitWeeks, r.exploreShare, r.deviation, r.outOfBalance])).toEqual([
      ["ACC", 4, 16, 20, 10, false],
      ["SAL", 1, 9, 10, -40, true],
      ["RSK", 0, 0, null, null, false],
    ]);
    expect(functionsOutOfBalance(rows)).toEqual(["Sales"]);
  });

  it("counts only committed effort of the function's own initiatives", () => {
    const rows = exploreBalance(functions, [
      initiative("P", { status: "proposed", businessFunctionId: ACC, stream: "explore", effortWeeks: 50 }),
      initiative("D", { status: "done", businessFunctionId: ACC, stream: "explore", effortWeeks: 50 }),
      initiative("F", { status: "approved", businessFunctionId: null, stream: "explore", effortWeeks: 50 }),
      initiative("A", { status: "approved", businessFunctionId: ACC, stream: "exploit", effortWeeks: 5 }),
    ]);
    expect(rows[0]).toMatchObject({ exploreWeeks: 0, exploitWeeks: 5, exploreShare: 0, deviation: -10, outOfBalance: false });
  });

  it("names a function just past the tolerance, not one on it, and takes another tolerance", () => {
    const effort = (explore: number) => [
      initiative("X", { status: "approved", businessFunctionId: SAL, stream: "explore", effortWeeks: explore }),
      initiative("Y", { status: "approved", businessFunctionId: SAL, stream: "exploit", effortWeeks: 100 - explore }),
    ];
    expect(BALANCE_TOLERANCE_POINTS).toBe(10);
    expect(exploreBalance(functions, effort(60))[1]?.outOfBalance).toBe(false);
    expect(exploreBalance(functions, effort(61))[1]?.outOfBalance).toBe(true);
    expect(exploreBalance(functions, effort(55), 4)[1]?.outOfBalance).toBe(true);
  });

  it("does not judge a function without a demand profile", () => {
    const rows = exploreBalance(functions, [initiative("R", { status: "approved", businessFunctionId: RSK, stream: "explore" })]);
    expect(rows[2]).toMatchObject({ exploreShare: 100, targetExploreShare: null, deviation: null, outOfBalance: false });
  });
});
