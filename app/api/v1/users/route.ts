import { json, route } from "@/lib/api/route";
import { listUsers } from "@/lib/db/users";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "user:manage" }, async () => {
  const users = await listUsers();
  return json({ users: users.map(({ id, email, name, role, active }) => ({ id, email, name, role, active })) });
});
