import { describe, expect, it } from "vitest";
import {
  TRANSITIONS,
  allowedTransitions,
  rankProblems,
  timestampFor,
  transitionOf,
  transitionProblems as problemsFor,
  locatedTransitionProblems,
  type InitiativeForTransition,
  type InitiativeStatus,
} from "@/lib/domain/backlog";
import type { Actor } from "@/lib/auth/permissions";
import { backlogRights } from "@/lib/auth/backlog-rights";

// The rules take rights, not actors; asking the matrix here keeps each case in terms of who acts.
const transitionProblems = (initiative: InitiativeForTransition, to: InitiativeStatus, actor: Actor) =>
  problemsFor(initiative, to, backlogRights(actor, initiative));

const OWNER: Actor = { id: 7, role: "process_owner" };
const OTHER_OWNER: Actor = { id: 8, role: "process_owner" };
const BOARD: Actor = { id: 2, role: "board_member" };
const CTO: Actor = { id: 1, role: "executive" };
const ADMIN: Actor = { id: 3, role: "admin" };
const VIEWER: Actor = { id: 4, role: "viewer" };

const at = (status: InitiativeStatus, rootCause: string | null = "Manual hand-offs"): InitiativeForTransition => ({
  status,
  ownerId: 7,
  rootCause,
});

describe("the transition table", () => {
  it("allows exactly the documented moves", () => {
    const table = Object.fromEntries(Object.entries(TRANSITIONS).map(([from, moves]) => [from, moves.map((m) => `${m.to}:${m.decision}:${m.by}`)]));
    expect(table).toEqual({
      proposed: ["triaged:triage:board", "rejected:reject:board", "deferred:defer:board"],
      triaged: ["approved:approve:board", "rejected:reject:board", "deferred:defer:board"],
      approved: ["in_progress:start:runner", "deferred:defer:board"],
      in_progress: ["done:complete:runner", "deferred:defer:board"],
      deferred: ["triaged:reopen:board"],
      rejected: ["triaged:reopen:board"],
      done: [],
    });
  });

  it("has no move to the same status and no way back to proposed", () => {
    for (const [from, moves] of Object.entries(TRANSITIONS)) {
      for (const move of moves) {
        expect(move.to).not.toBe(from);
        expect(move.to).not.toBe("proposed");
      }
    }
  });

  it("reaches done from proposed only through triage, approval and start", () => {
    expect(allowedTransitions("proposed").map((t) => t.to)).not.toContain("approved");
    expect(transitionOf("triaged", "approved")?.decision).toBe("approve");
    expect(transitionOf("proposed", "done")).toBeUndefined();
    expect(allowedTransitions("done")).toEqual([]);
  });
});

describe("transitionProblems", () => {
  it("refuses a move the table does not allow", () => {
    expect(transitionProblems(at("proposed"), "in_progress", CTO)).toEqual(["An initiative cannot go from proposed to in progress"]);
    expect(transitionProblems(at("done"), "triaged", CTO)).toHaveLength(1);
  });

  it("lets the board triage, approve, reject, defer and reopen, and the CTO too", () => {
    for (const actor of [BOARD, CTO]) {
      expect(transitionProblems(at("proposed"), "triaged", actor)).toEqual([]);
      expect(transitionProblems(at("triaged"), "approved", actor)).toEqual([]);
      expect(transitionProblems(at("triaged"), "rejected", actor)).toEqual([]);
      expect(transitionProblems(at("in_progress"), "deferred", actor)).toEqual([]);
      expect(transitionProblems(at("rejected"), "triaged", actor)).toEqual([]);
    }
  });

  it("keeps board decisions from process owners, admins and viewers", () => {
    for (const actor of [OWNER, ADMIN, VIEWER]) {
      expect(transitionProblems(at("triaged"), "approved", actor)).toEqual(["Only the governance board may approve initiatives"]);
    }
  });

  it("lets the owner start and complete their own initiative, not someone else's", () => {
    expect(transitionProblems(at("approved"), "in_progress", OWNER)).toEqual([]);
    expect(transitionProblems(at("in_progress"), "done", OWNER)).toEqual([]);
    expect(transitionProblems(at("approved"), "in_progress", OTHER_OWNER)).toEqual(["Only the initiative's owner may start it"]);
  });

  it("lets the CTO run any initiative but not the board or a viewer", () => {
    expect(transitionProblems(at("approved"), "in_progress", CTO)).toEqual([]);
    expect(transitionProblems(at("in_progress"), "done", BOARD)).toEqual(["You do not have permission to complete initiatives"]);
    expect(transitionProblems(at("in_progress"), "done", VIEWER)).toHaveLength(1);
  });

  it("requires a root cause before approval (blank counts as none)", () => {
    for (const rootCause of [null, "", "   "]) {
      expect(transitionProblems(at("triaged", rootCause), "approved", BOARD)).toEqual(["A root cause is required before approval"]);
    }
    expect(transitionProblems(at("proposed", null), "triaged", BOARD)).toEqual([]);
    expect(transitionProblems(at("triaged", null), "deferred", BOARD)).toEqual([]);
    expect(transitionProblems(at("approved", null), "in_progress", OWNER)).toEqual(["A root cause is required before approval"]);
  });

  it("reports every reason at once", () => {
    expect(transitionProblems(at("triaged", null), "approved", OWNER)).toEqual([
      "Only the governance board may approve initiatives",
      "A root cause is required before approval",
    ]);
  });

  it("requires a linked KPI before approval when the count is known", () => {
    expect(transitionProblems({ ...at("triaged"), kpiCount: 0 }, "approved", BOARD)).toEqual([
      "At least one KPI must be linked before approval, so the outcome can be measured",
    ]);
    expect(transitionProblems({ ...at("triaged"), kpiCount: 2 }, "approved", BOARD)).toEqual([]);
    expect(transitionProblems({ ...at("proposed"), kpiCount: 0 }, "triaged", BOARD)).toEqual([]);
  });
});

describe("ranking and timestamps", () => {
  it("lets the board and the CTO rank triaged, approved and running initiatives", () => {
    expect(rankProblems(at("triaged"), backlogRights(BOARD, at("triaged")))).toEqual([]);
    expect(rankProblems(at("in_progress"), backlogRights(CTO, at("in_progress")))).toEqual([]);
    expect(rankProblems(at("proposed"), backlogRights(BOARD, at("proposed")))).toEqual(["A proposed initiative cannot be ranked"]);
    expect(rankProblems(at("approved"), backlogRights(OWNER, at("approved")))).toEqual(["Only the governance board may rank initiatives"]);
  });

  it("stamps approval, start and completion", () => {
    expect(timestampFor("approved")).toBe("approvedAt");
    expect(timestampFor("in_progress")).toBe("startedAt");
    expect(timestampFor("done")).toBe("completedAt");
    expect(timestampFor("deferred")).toBeNull();
  });
});

describe("locatedTransitionProblems", () => {
  it("names the field each problem concerns, so a form and the API can point at it", () => {
    const rights = { decides: true, runsThis: false, runsSome: false };
    expect(locatedTransitionProblems({ ...at("triaged", null), kpiCount: 0 }, "approved", rights)).toEqual([
      { path: "rootCause", message: "A root cause is required before approval" },
      { path: "kpis", message: "At least one KPI must be linked before approval, so the outcome can be measured" },
    ]);
    expect(locatedTransitionProblems(at("proposed"), "done", rights)).toEqual([{ path: "decision", message: "An initiative cannot go from proposed to done" }]);
    expect(locatedTransitionProblems(at("approved"), "in_progress", rights)).toEqual([
      { path: "decision", message: "You do not have permission to start initiatives" },
    ]);
  });
});
