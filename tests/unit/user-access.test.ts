// An administrator's change of someone's access never locks the organisation out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accessChangeProblem, type AccessHolder } from "@/lib/domain/user-access";
import { ROLES } from "@/lib/domain/enums";

const admin = (id: number, active = true): AccessHolder => ({ id, name: `Admin ${id}`, role: "admin", active });
const owner: AccessHolder = { id: 5, name: "Omar", role: "process_owner", active: true };

describe("accessChangeProblem", () => {
  it("lets an administrator change anyone else's role and deactivate or reactivate them", () => {
    expect(accessChangeProblem(1, owner, { role: "executive" }, 1)).toBeNull();
    expect(accessChangeProblem(1, owner, { active: false }, 1)).toBeNull();
    expect(accessChangeProblem(1, { ...owner, active: false }, { active: true }, 1)).toBeNull();
    expect(accessChangeProblem(1, admin(2), { role: "viewer" }, 2)).toBeNull();
  });

  it("refuses taking away one's own access", () => {
    expect(accessChangeProblem(1, admin(1), { active: false }, 3)).toMatchObject({ field: "active", message: expect.stringMatching(/deactivate yourself/) });
    expect(accessChangeProblem(1, admin(1), { role: "executive" }, 3)).toMatchObject({
      field: "role",
      message: expect.stringMatching(/your own administrator role/),
    });
    expect(accessChangeProblem(1, admin(1), { role: "admin", active: true }, 1)).toBeNull();
  });

  it("keeps the last active administrator", () => {
    expect(accessChangeProblem(1, admin(2), { active: false }, 1)).toMatchObject({
      field: "active",
      message: "Admin 2 is the last active administrator: make someone else an administrator first.",
    });
    expect(accessChangeProblem(1, admin(2), { role: "board_member" }, 1)).toMatchObject({ field: "role" });
    expect(accessChangeProblem(1, admin(2, false), { role: "viewer" }, 1)).toBeNull();
  });

  it("never lets a change leave no active administrator", () => {
    const role = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        role,
        fc.boolean(),
        fc.option(role, { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (admins, targetRole, targetActive, newRole, newActive) => {
          const target: AccessHolder = { id: 2, name: "T", role: targetRole, active: targetActive };
          // `admins` counts the actor, who is one, and the target when it is an active administrator.
          const before = targetRole === "admin" && targetActive ? Math.max(admins, 1) : admins;
          if (accessChangeProblem(1, target, { role: newRole, active: newActive }, before) !== null) return;
          const wasAdmin = targetRole === "admin" && targetActive;
          const isAdmin = (newRole ?? targetRole) === "admin" && (newActive ?? targetActive);
          const after = before - (wasAdmin && !isAdmin ? 1 : 0) + (!wasAdmin && isAdmin ? 1 : 0);
          expect(after).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
