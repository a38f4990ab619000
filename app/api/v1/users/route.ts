import { NextResponse } from "next/server";
import { withApiUser } from "@/lib/api/with-api-user";
import { listUsers } from "@/lib/db/users";

export const dynamic = "force-dynamic";

export const GET = withApiUser("user:manage", async () => {
  const users = await listUsers();
  return NextResponse.json({ users: users.map(({ id, email, name, role, active }) => ({ id, email, name, role, active })) });
});
