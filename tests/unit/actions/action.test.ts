// The server-action wrapper: what it reads from a form, the order of its checks, and how a
// refusal reaches the form. The session and the use case are stand-ins; nothing else is.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { invalid, notFound, ok, refuse } from "@/lib/refusal";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { action, FORM_MAX_CHARS, idField, optionalNumber, optionalText, readFields } = await import("@/lib/actions/action");
const { refusalState } = await import("@/lib/actions/form-state");

const person = (role: CurrentUser["role"]): CurrentUser => ({ id: 7, email: "p@example.test", name: "P", role, active: true, lastSignInAt: null });
const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

beforeEach(() => {
  session.user = person("process_owner");
});

describe("action(): the order of the checks", () => {
  const run = vi.fn(async (fields: Record<string, string>) => ok(fields.title ?? ""));
  const propose = action({ permission: "initiative:propose", run, done: (title) => `Proposed ${title}.` });

  beforeEach(() => {
    run.mockClear();
  });

  it("refuses a signed-out visitor before anything else, keeping what they typed", async () => {
    session.user = null;
    expect(await propose({ status: "idle" }, form({ title: "Faster triage" }))).toEqual({
      status: "error",
      message: "Your session has ended. Sign in again.",
      values: { title: "Faster triage" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a file where text is expected before asking the permission matrix", async () => {
    session.user = person("viewer");
    const state = await propose({ status: "idle" }, form({ title: new Blob(["x"]) }));
    expect(state.message).toBe("The field title must be text, not a file.");
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission without running the use case", async () => {
    session.user = person("viewer");
    const state = await propose({ status: "idle" }, form({ title: "Faster triage" }));
    expect(state).toMatchObject({ status: "error", message: "You do not have permission to propose initiatives.", values: { title: "Faster triage" } });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the use case with the fields and the user, then says what it did", async () => {
    expect(await propose({ status: "idle" }, form({ title: "Faster triage" }))).toEqual({ status: "success", message: "Proposed Faster triage." });
    expect(run).toHaveBeenCalledWith({ title: "Faster triage" }, session.user);
  });
});

describe("action(): presenting a refusal", () => {
  it("puts field problems on their fields, first message per field, and keeps the values but never a password", async () => {
    const create = action({
      permission: "user:manage",
      run: async () =>
        refuse(
          invalid([
            { path: "email", message: "Taken" },
            { path: "email", message: "Second" },
            { path: "kpis[0].code", message: "No such KPI" },
          ]),
        ),
      done: () => "done",
    });
    session.user = person("admin");
    const state = await create({ status: "idle" }, form({ email: "a@b.test", password: "correct horse" }));
    expect(state).toEqual({
      status: "error",
      message: "Check the highlighted fields.",
      fieldErrors: { email: "Taken", kpis: "No such KPI" },
      values: { email: "a@b.test" },
    });
  });

  it("maps a path to the form's own field name when they differ", () => {
    const state = refusalState(invalid([{ path: "kpis[0].expectedImprovement", message: "Must be a number" }]), {}, (path) =>
      path.startsWith("kpis[0].expected") ? "expectedImprovement" : path,
    );
    expect(state.fieldErrors).toEqual({ expectedImprovement: "Must be a number" });
  });

  it("says any other refusal as the form's message", async () => {
    const revoke = action({ permission: "token:manage", run: async () => refuse(notFound("That token no longer exists.")), done: () => "done" });
    expect(await revoke({ status: "idle" }, form({ tokenId: "3" }))).toEqual({
      status: "error",
      message: "That token no longer exists.",
      values: { tokenId: "3" },
    });
  });
});

describe("reading a form", () => {
  it("keeps text fields, skips Next's own, refuses oversized posts", () => {
    expect(readFields(form({ a: "1", $ACTION_ID_abc: "" }))).toEqual({ ok: true, fields: { a: "1" } });
    expect(readFields(form({ big: "x".repeat(FORM_MAX_CHARS) }))).toEqual({ ok: false, message: "The form is too large to save." });
  });

  it("reads blanks as absent, numbers as numbers (NaN for the schema to name), ids only when they can name a row", () => {
    expect(optionalText({ a: "  " }, "a")).toBeUndefined();
    expect(optionalText({ a: " x " }, "a")).toBe(" x ");
    expect(optionalNumber({ n: "" }, "n")).toBeUndefined();
    expect(optionalNumber({ n: "2.5" }, "n")).toBe(2.5);
    expect(optionalNumber({ n: "lots" }, "n")).toBeNaN();
    for (const bad of ["", "0", "-1", "1e3", "abc", "2147483648", " 7"]) expect(idField({ id: bad }, "id")).toBeNull();
    expect(idField({ id: "42" }, "id")).toBe(42);
  });
});
