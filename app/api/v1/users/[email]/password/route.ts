import { json, route } from "@/lib/api/route";
import { resetPassword } from "@/lib/services/people";
import { userParams } from "@/lib/api/user-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/users/{email}/password {version, password}: an administrator sets a new password. */
export const POST = route({ permission: "user:manage", params: userParams, body: "json", maxBytes: 4 * 1024 }, async ({ user, params, body }) => {
  const result = await resetPassword(user, params.email, body);
  return result.ok ? json({ user: result.value }) : result.refusal;
});
