import { json, route } from "@/lib/api/route";
import { handOverOwnership } from "@/lib/services/people";
import { userParams } from "@/lib/api/user-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/users/{email}/hand-over {toEmail, dryRun?}: everything they own moves to toEmail, all or nothing. */
export const POST = route({ permission: "user:manage", params: userParams, body: "json", maxBytes: 4 * 1024 }, async ({ user, params, body }) => {
  const result = await handOverOwnership(user, params.email, body);
  return result.ok ? json(result.value) : result.refusal;
});
