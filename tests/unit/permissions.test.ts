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

  it("readings: whoever owns a KPI writes its readings, whatever their role; admins any; viewers none", () => {
    for (const role of ["process_owner", "executive", "board_member"] as const) {
      expect(can({ id: 7, role }, "reading:write", { ownerId: 7 }), role).toBe(true);
      expect(can({ id: 7, role }, "reading:write", { ownerId: 8 }), role).toBe(false);
    }
    expect(can({ id: 1, role: "admin" }, "reading:write", { ownerId: 8 })).toBe(true);
    expect(can({ id: 1, role: "viewer" }, "reading:write", { ownerId: 1 })).toBe(false);
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

  // Who manages the model, written out cell by cell so that a change to the matrix is a deliberate one.
  const SETUP_CELLS = {
    "function:manage": { admin: "any", executive: "any" },
    "priority:manage": { admin: "any", executive: "any" },
    "kpi:manage": { admin: "any", executive: "any" },
    "process:manage": { admin: "any", executive: "any" },
    "process:update": { admin: "any", executive: "own", process_owner: "own" },
    "monitoring:log": { admin: "any", executive: "own", process_owner: "own", board_member: "own" },
    "capability:manage": { admin: "any", executive: "own", process_owner: "own" },
    "team:manage": { admin: "any", executive: "any" },
  } as const;

  it.each(Object.entries(SETUP_CELLS))("%s is granted exactly as documented", (permission, grants) => {
    for (const role of ROLES) {
      expect(PERMISSION_MATRIX[role][permission as keyof typeof SETUP_CELLS], `${role} ${permission}`).toBe((grants as Partial<Record<string, string>>)[role]);
    }
  });

  it("monitoring: whoever is accountable logs an action; nobody else below admin does", () => {
    expect(can(owner, "monitoring:log", { ownerId: 7 })).toBe(true);
    expect(can(owner, "monitoring:log", { ownerId: 8 })).toBe(false);
    expect(can({ id: 3, role: "board_member" }, "monitoring:log", { ownerId: 3 })).toBe(true);
    expect(can({ id: 3, role: "viewer" }, "monitoring:log", { ownerId: 3 })).toBe(false);
  });
});
