import { json, route } from "@/lib/api/route";
import { catalogueJsonSchema } from "@/lib/api/openapi-catalogue";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue/schema: the JSON Schema of the catalogue document, for editors and CI checks. */
export const GET = route({ permission: "kpi:read" }, async () => json(catalogueJsonSchema()));
