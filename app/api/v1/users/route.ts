import { json, route } from "@/lib/api/route";
import { listUsers } from "@/lib/db/users";
import { createUserAccount } from "@/lib/services/users";

export const dynamic = "force-dynamic";

const summary = ({ id, email, name, role, active }: { id: number; email: string; name: string; role: string; active: boolean }) => ({
  id,
  email,
  name,
  role,
  active,
});

export const GET = route({ permission: "user:manage" }, async () => {
  const users = await listUsers();
  return json({ users: users.map(summary) });
});

/** POST /api/v1/users {email, name, role, password}: 201 with the new account. */
export const POST = route(
  { permission: "user:manage", body: "json", maxBytes: 4 * 1024, tooLarge: "A new user is at most 4 KB of JSON." },
  async ({ user, body }) => {
    const result = await createUserAccount(user, body);
    return result.ok ? json({ user: summary(result.value) }, 201) : result.refusal;
  },
);
