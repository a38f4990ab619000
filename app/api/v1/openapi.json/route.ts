import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { withPublicApi } from "@/lib/api/with-api-user";

// Public on purpose, like the health check: clients read the contract before they hold a token.
export const GET = withPublicApi(async () => NextResponse.json(buildOpenApiDocument()));
