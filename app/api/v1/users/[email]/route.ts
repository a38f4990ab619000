import { json, route } from "@/lib/api/route";
import { userParams } from "@/lib/api/user-params";
import { changeAccess, ownershipOf } from "@/lib/services/people";

export const dynamic = "force-dynamic";

/** GET /api/v1/users/{email}: the account and everything the person owns (what a hand-over would move). */
export const GET = route({ permission: "user:manage", params: userParams }, async ({ user, params }) => {
  const result = await ownershipOf(user, params.email);
  return result.ok ? json(result.value) : result.refusal;
});

/** PATCH /api/v1/users/{email} {version, role?, active?, name?}: active false deactivates at once. */
export const PATCH = route({ permission: "user:manage", params: userParams, body: "json", maxBytes: 4 * 1024 }, async ({ user, params, body }) => {
  const result = await changeAccess(user, params.email, body);
  return result.ok ? json({ user: result.value }) : result.refusal;
});
