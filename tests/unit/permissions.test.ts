import { describe, expect, it } from "vitest";
import { PERMISSION_MATRIX, PERMISSIONS, ROLES, can, notPermitted } from "@/lib/auth/permissions";

const owner = { id: 7, role: "process_owner" as const };

describe("permission matrix", () => {
  it("every role can read every area", () => {
    const reads = PERMISSIONS.filter((p) => p.endsWith(":read") && p !== "audit:read");
    for (const role of ROLES) for (const p of reads) expect(can({ id: 1, role }, p), `${role} ${p}`).toBe(true);
  });

  it("only admins manage users and read the audit log", () => {
    for (const role of ROLES) {
      expect(can({ id: 1, role }, "user:manage")).toBe(role === "admin");
      expect(can({ id: 1, role }, "audit:read")).toBe(role === "admin");
    }
  });

  it("readings: owners write their own KPIs only, admins any, everyone else none", () => {
    expect(can(owner, "reading:write", { ownerId: 7 })).toBe(true);
    expect(can(owner, "reading:write", { ownerId: 8 })).toBe(false);
    expect(can({ id: 1, role: "admin" }, "reading:write", { ownerId: 8 })).toBe(true);
    for (const role of ["executive", "board_member", "viewer"] as const) expect(can({ id: 1, role }, "reading:write", { ownerId: 1 })).toBe(false);
  });

  it("board decisions: board members and executives only", () => {
    const deciders = ROLES.filter((role) => can({ id: 1, role }, "initiative:decide"));
    expect(deciders).toEqual(["executive", "board_member"]);
  });

  it("viewers cannot change anything", () => {
    const writes = Object.keys(PERMISSION_MATRIX.viewer).filter((p) => !p.endsWith(":read"));
    expect(writes).toEqual(["token:manage"]);
  });

  it("a missing permission is refused as forbidden, saying what was refused", () => {
    expect(can(owner, "reading:write", { ownerId: 8 })).toBe(false);
    expect(notPermitted("reading:write")).toEqual({ kind: "forbidden", message: "You do not have permission to enter readings for this KPI." });
    expect(can(owner, "reading:write", { ownerId: 7 })).toBe(true);
  });
});
