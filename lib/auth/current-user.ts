import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getUserById, type UserSummary } from "@/lib/db/users";
import { auth } from "./config";
import { can, type Owned, type Permission } from "./permissions";

export type CurrentUser = UserSummary;

/**
 * The signed-in, active user, read fresh from the database; null when signed out. Cached for the
 * request: the layout, the page and its components each ask, and the database answers once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await getUserById(id);
  return user?.active ? user : null;
});

/** For pages: sends signed-out visitors to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: signed-out visitors go to sign-in; users without the permission see /forbidden. */
export async function requirePermission(permission: Permission, resource?: Owned): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission, resource)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return user;
}
