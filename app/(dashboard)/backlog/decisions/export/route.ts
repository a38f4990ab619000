import { NextResponse, type NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";
import { withApiUser } from "@/lib/api/with-api-user";
import { decisionsCsv } from "@/lib/db/initiative-decisions";
import { toIsoDate } from "@/lib/domain/periods";
import { decisionFiltersSchema } from "@/lib/schemas/initiative";

export const dynamic = "force-dynamic";

/** The decision log as a CSV download, with the filters of the page it was asked from. */
export const GET = withApiUser("initiative:read", async (request: NextRequest) => {
  const filters = decisionFiltersSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filters.success) return problem({ title: "Unprocessable Content", status: 422, detail: filters.error.issues.map((i) => i.message).join("; ") });
  return new NextResponse(await decisionsCsv(filters.data), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="board-decisions-${toIsoDate(new Date())}.csv"`,
    },
  });
});
