import { json, route } from "@/lib/api/route";
import { PERMISSIONS, can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

/** Who the caller is and what its role allows: lets a machine client check its token. */
export const GET = route({ permission: "kpi:read" }, async ({ user }) =>
  json({ id: user.id, email: user.email, name: user.name, role: user.role, permissions: PERMISSIONS.filter((permission) => can(user, permission)) }),
);
