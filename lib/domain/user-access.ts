// Changing someone's access must never lock the organisation out: an administrator cannot take away
// their own access, and the last active administrator stays one.
import type { Role } from "./enums";

export interface AccessHolder {
  id: number;
  name: string;
  role: Role;
  active: boolean;
}

export interface AccessChange {
  role?: Role;
  active?: boolean;
}

export interface AccessProblem {
  field: "role" | "active";
  message: string;
}

/** Whether the change would leave `target` without administrator access it has now. */
function removesAdmin(target: AccessHolder, change: AccessChange): { field: "role" | "active" } | null {
  if (target.role !== "admin" || !target.active) return null;
  if (change.active === false) return { field: "active" };
  if (change.role !== undefined && change.role !== "admin") return { field: "role" };
  return null;
}

/** `activeAdmins`: how many active administrators there are now, the target included. */
export function accessChangeProblem(actorId: number, target: AccessHolder, change: AccessChange, activeAdmins: number): AccessProblem | null {
  if (target.id === actorId && change.active === false) {
    return { field: "active", message: "You cannot deactivate yourself: ask another administrator." };
  }
  const removed = removesAdmin(target, change);
  if (!removed) return null;
  if (target.id === actorId) {
    return { field: removed.field, message: "You cannot remove your own administrator role: ask another administrator." };
  }
  if (activeAdmins <= 1) {
    return { field: removed.field, message: `${target.name} is the last active administrator: make someone else an administrator first.` };
  }
  return null;
}
