import { NextResponse } from "next/server";
import { databaseAnswers } from "@/lib/db/health";
import { problem } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

// Public on purpose: load balancers and uptime checks call it without credentials.
export async function GET() {
  if (await databaseAnswers()) return NextResponse.json({ status: "ok" });
  return problem({ title: "Service Unavailable", status: 503, detail: "The database does not answer." });
}
