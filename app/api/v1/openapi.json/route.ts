import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Public on purpose, like the health check: clients read the contract before they hold a token.
export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
