import { refusalResponse } from "@/lib/api/problem";
import { json, publicRoute } from "@/lib/api/route";
import { databaseAnswers } from "@/lib/db/health";
import { unavailable } from "@/lib/refusal";

export const dynamic = "force-dynamic";

// Public on purpose: load balancers and uptime checks call it without credentials.
export const GET = publicRoute(async () =>
  (await databaseAnswers()) ? json({ status: "ok" }) : refusalResponse(unavailable("The database does not answer.")),
);
