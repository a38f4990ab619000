import { buildOpenApiDocument } from "@/lib/api/openapi";
import { json, publicRoute } from "@/lib/api/route";

// Public on purpose, like the health check: clients read the contract before they hold a token.
export const GET = publicRoute(async () => json(buildOpenApiDocument()));
