import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";

/** A person a picker offers, labelled with their role, and marked when they can no longer sign in. */
export interface Assignable {
  id: number;
  name: string;
  email: string;
  role: Role;
  label: string;
}

export function assignable(person: { id: number; name: string; email: string; role: Role; active: boolean }): Assignable {
  return { ...person, label: `${person.name} · ${ROLE_LABELS[person.role]}${person.active ? "" : " (inactive)"}` };
}
