import { describe, expect, it } from "vitest";
import { editProblems, fieldsOutsideBoardEdit } from "@/lib/domain/backlog/editing";

describe("what a board member may edit", () => {
  it("only urgency and risk", () => {
    expect(fieldsOutsideBoardEdit(["timeCriticality", "riskReduction"])).toEqual([]);
    expect(fieldsOutsideBoardEdit(["riskReduction", "title", "rootCause"])).toEqual(["title", "rootCause"]);
  });
});

describe("editProblems", () => {
  const approved = { status: "approved", methodology: "lean", dmaicPhase: null } as const;

  it("an approved, running or done initiative keeps its root cause", () => {
    for (const status of ["approved", "in_progress", "done"] as const) {
      expect(editProblems({ ...approved, status }, { rootCause: "" })).toEqual([
        { path: "rootCause", message: "An approved initiative must keep its root cause" },
      ]);
      expect(editProblems({ ...approved, status }, { rootCause: null })).toHaveLength(1);
    }
    expect(editProblems({ ...approved, status: "triaged" }, { rootCause: null })).toEqual([]);
    expect(editProblems(approved, {})).toEqual([]);
  });

  it("a DMAIC phase only with Six Sigma, named at whichever field the edit changed", () => {
    expect(editProblems(approved, { dmaicPhase: "measure" })).toEqual([{ path: "dmaicPhase", message: "A DMAIC phase is only for Six Sigma initiatives" }]);
    const sixSigma = { ...approved, methodology: "six_sigma", dmaicPhase: "define" } as const;
    expect(editProblems(sixSigma, { methodology: "kaizen" })).toEqual([{ path: "methodology", message: "A DMAIC phase is only for Six Sigma initiatives" }]);
    expect(editProblems(sixSigma, { methodology: "kaizen", dmaicPhase: null })).toEqual([]);
    expect(editProblems(approved, { methodology: "six_sigma", dmaicPhase: "analyse" })).toEqual([]);
  });
});
