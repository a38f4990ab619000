import { NextResponse } from "next/server";
import { withApiUser } from "@/lib/api/with-api-user";
import { PERMISSIONS, can } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

/** Who the caller is and what its role allows: lets a machine client check its token. */
export const GET = withApiUser("kpi:read", async (_request, _context, user) =>
  NextResponse.json({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    permissions: PERMISSIONS.filter((permission) => can(user, permission)),
  }),
);
