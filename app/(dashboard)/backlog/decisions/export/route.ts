import { csvDownload } from "@/lib/api/csv-download";
import { route } from "@/lib/api/route";
import { decisionsCsv } from "@/lib/db/initiative-decisions";
import { decisionFiltersSchema } from "@/lib/schemas/initiative";

export const dynamic = "force-dynamic";

/** The decision log as a CSV download, with the filters of the page it was asked from. */
export const GET = route({ permission: "initiative:read", query: decisionFiltersSchema, blankIsAbsent: true }, async ({ query }) =>
  csvDownload(await decisionsCsv(query), "board-decisions"),
);
