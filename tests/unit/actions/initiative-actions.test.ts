// The backlog's form actions turn their fields into the same input the API sends as JSON. The use
// cases are stand-ins here (they are tested against a real database in the integration layer).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { invalid, ok, refuse } from "@/lib/refusal";

const user: CurrentUser = { id: 3, email: "cto@example.test", name: "CTO", role: "executive", active: true, lastSignInAt: null };
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));
const services = vi.hoisted(() => ({ proposeInitiative: vi.fn(), decideInitiative: vi.fn(), setCapacity: vi.fn(), commentOnInitiative: vi.fn() }));
vi.mock("@/lib/services/initiatives", () => ({ proposeInitiative: services.proposeInitiative, commentOnInitiative: services.commentOnInitiative }));
vi.mock("@/lib/services/board-decisions", () => ({ decideInitiative: services.decideInitiative }));
vi.mock("@/lib/services/capacity", () => ({ setCapacity: services.setCapacity }));

const { decideInitiativeAction, proposeInitiativeAction, setCapacityAction } = await import("@/lib/actions/initiatives");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

beforeEach(() => {
  for (const mock of Object.values(services)) mock.mockReset();
});

describe("proposing from the form", () => {
  it("sends numbers as numbers, blanks as absent and the one KPI as a link", async () => {
    services.proposeInitiative.mockResolvedValue(ok({ id: 12 }));
    await proposeInitiativeAction(
      { status: "idle" },
      form({
        title: "T",
        problem: "P",
        methodology: "lean",
        stream: "exploit",
        effortWeeks: "3",
        timeCriticality: "",
        rootCause: " ",
        kpiCode: "S-1",
        expectedImprovement: "2.5",
      }),
    );
    expect(services.proposeInitiative).toHaveBeenCalledWith(
      user,
      expect.objectContaining({ effortWeeks: 3, timeCriticality: undefined, rootCause: undefined, kpis: [{ code: "S-1", expectedImprovement: 2.5 }] }),
    );
  });

  it("shows a refused KPI link on the KPI field and its improvement on its own", async () => {
    services.proposeInitiative.mockResolvedValue(
      refuse(
        invalid([
          { path: "kpis[0].code", message: "There is no live KPI with code 'S-1'" },
          { path: "kpis[0].expectedImprovement", message: "expectedImprovement must be a number" },
        ]),
      ),
    );
    const state = await proposeInitiativeAction({ status: "idle" }, form({ title: "T", kpiCode: "S-1", expectedImprovement: "x" }));
    expect(state.fieldErrors).toEqual({ kpiCode: "There is no live KPI with code 'S-1'", expectedImprovement: "expectedImprovement must be a number" });
  });
});

describe("deciding from the form", () => {
  it("reads the initiative from its hidden field and refuses one that cannot exist without calling the use case", async () => {
    expect(await decideInitiativeAction({ status: "idle" }, form({ initiativeId: "abc", decision: "triage" }))).toMatchObject({
      status: "error",
      message: "This initiative does not exist.",
    });
    expect(services.decideInitiative).not.toHaveBeenCalled();
    services.decideInitiative.mockResolvedValue(ok({ decision: { decision: "triage" }, initiative: { id: 5, status: "triaged" } }));
    const state = await decideInitiativeAction(
      { status: "idle" },
      form({ initiativeId: "5", decision: "triage", rationale: "Clear gap", meetingDate: "2026-11-20", version: "1", rank: "" }),
    );
    expect(services.decideInitiative).toHaveBeenCalledWith(user, 5, {
      decision: "triage",
      rationale: "Clear gap",
      meetingDate: "2026-11-20",
      version: 1,
      rank: undefined,
    });
    expect(state).toEqual({ status: "success", message: "Recorded: triage. The initiative is now triaged." });
  });
});

describe("a refused decision", () => {
  it("shows what the move lacks on the decision field, since the form has no root cause field", async () => {
    services.decideInitiative.mockResolvedValue(refuse(invalid([{ path: "rootCause", message: "A root cause is required before approval" }])));
    const state = await decideInitiativeAction(
      { status: "idle" },
      form({ initiativeId: "5", decision: "approve", rationale: "Go", meetingDate: "2026-11-20", version: "2" }),
    );
    expect(state.fieldErrors).toEqual({ decision: "A root cause is required before approval" });
  });
});

describe("setting capacity from the form", () => {
  it("sends the quarter from its hidden field and the weeks as a number", async () => {
    services.setCapacity.mockResolvedValue(ok({ personWeeks: 120 }));
    expect(await setCapacityAction({ status: "idle" }, form({ quarterStart: "2026-10-01", personWeeks: "120" }))).toEqual({
      status: "success",
      message: "Capacity set to 120 person-weeks.",
    });
    expect(services.setCapacity).toHaveBeenCalledWith(user, { quarterStart: "2026-10-01", personWeeks: 120 });
  });
});
