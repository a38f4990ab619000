// The one permission matrix: role → `resource:verb` → scope. The UI asks it what to show and
// every server action and API route asks it what to allow. Plain TypeScript, no framework.
import { ROLES, type Role } from "@/lib/domain/enums";
import { forbidden, type Refusal } from "@/lib/refusal";

export { ROLES, type Role };

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  executive: "Executive (CTO)",
  process_owner: "Process owner",
  board_member: "Governance board",
  viewer: "Viewer",
};

export const PERMISSIONS = [
  "scorecard:read",
  "function:read",
  "function:manage",
  "priority:manage",
  "kpi:read",
  "kpi:manage",
  "reading:read",
  "reading:write",
  "process:read",
  "process:manage",
  "process:update",
  "monitoring:log",
  "capability:manage",
  "team:manage",
  "initiative:read",
  "initiative:propose",
  "initiative:run",
  "initiative:decide",
  "capacity:set",
  "token:manage",
  "user:manage",
  "audit:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** "any": on every resource; "own": only on resources the user owns. */
export type Scope = "any" | "own";

type Grants = Partial<Record<Permission, Scope>>;

const READ_ALL: Grants = {
  "scorecard:read": "any",
  "function:read": "any",
  "kpi:read": "any",
  "reading:read": "any",
  "process:read": "any",
  "initiative:read": "any",
  "token:manage": "own",
};

export const PERMISSION_MATRIX: Record<Role, Grants> = {
  admin: {
    ...READ_ALL,
    "function:manage": "any",
    "priority:manage": "any",
    "kpi:manage": "any",
    "reading:write": "any",
    "process:manage": "any",
    "process:update": "any",
    "monitoring:log": "any",
    "capability:manage": "any",
    "team:manage": "any",
    "token:manage": "any",
    "user:manage": "any",
    "audit:read": "any",
  },
  // The CTO owns demand management and may act on the whole backlog.
  executive: {
    ...READ_ALL,
    "function:manage": "any",
    "priority:manage": "any",
    "kpi:manage": "any",
    // …and appoints the process owners: creating a process names its owner.
    "process:manage": "any",
    // Ownership decides: the CTO documents the processes and develops the capabilities they own (demand profiling).
    "process:update": "own",
    "capability:manage": "own",
    // …and sets up the exploit and explore teams.
    "team:manage": "any",
    "monitoring:log": "own",
    // Whoever owns a KPI enters its readings, whatever their role (the CTO owns the demand KPIs).
    "reading:write": "own",
    "initiative:propose": "any",
    "initiative:run": "any",
    "initiative:decide": "any",
    "capacity:set": "any",
  },
  process_owner: {
    ...READ_ALL,
    "reading:write": "own",
    "process:update": "own",
    "monitoring:log": "own",
    // Own: capabilities they own or that their processes need (lib/services/capabilities.ts).
    "capability:manage": "own",
    "initiative:propose": "any",
    "initiative:run": "own",
  },
  board_member: {
    ...READ_ALL,
    "monitoring:log": "own",
    "reading:write": "own",
    "initiative:decide": "any",
    "capacity:set": "any",
  },
  viewer: { ...READ_ALL },
};

export interface Actor {
  id: number;
  role: Role;
}

/** Anything with an owner; an "own" grant applies only when the actor is that owner. */
export interface Owned {
  ownerId: number | null;
}

export function scopeOf(actor: Actor, permission: Permission): Scope | undefined {
  return PERMISSION_MATRIX[actor.role][permission];
}

/**
 * Without a resource, answers "may the actor do this to anything?" (for showing a button or a
 * page); with one, whether it may do it to that resource.
 */
export function can(actor: Actor, permission: Permission, resource?: Owned): boolean {
  const scope = scopeOf(actor, permission);
  if (scope === undefined) return false;
  if (scope === "any" || resource === undefined) return true;
  return resource.ownerId === actor.id;
}

/** The refusal for a permission the actor lacks, worded the same everywhere. */
export function notPermitted(permission: Permission): Refusal {
  return forbidden(`You do not have permission to ${describePermission(permission)}.`);
}

const VERB_PHRASES: Partial<Record<Permission, string>> = {
  "reading:write": "enter readings for this KPI",
  "user:manage": "manage users",
  "audit:read": "read the audit log",
  "initiative:decide": "take board decisions",
  "monitoring:log": "log monitoring actions you are accountable for",
  "process:manage": "create processes or change who owns them",
  "process:update": "edit this process",
  "capability:manage": "manage this capability (its owner, the owner of its process or an administrator may)",
};

export function describePermission(permission: Permission): string {
  const [resource, verb] = permission.split(":");
  return VERB_PHRASES[permission] ?? `${verb} ${resource}s`;
}
