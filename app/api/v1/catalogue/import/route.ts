import { json, route } from "@/lib/api/route";
import { invalidAt } from "@/lib/refusal";
import { catalogueImportQuerySchema } from "@/lib/schemas/catalogue";
import { catalogueFormatOf, readCatalogueText } from "@/lib/schemas/catalogue-file";
import { importCatalogue } from "@/lib/services/catalogue";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/catalogue/import[?dryRun=true] with a catalogue document as JSON, or as YAML
 * (Content-Type application/yaml): all or nothing; 422 names every problem by its path.
 */
export const POST = route(
  {
    permission: "function:manage",
    query: catalogueImportQuerySchema,
    body: "bytes",
    maxBytes: 5 * 1024 * 1024,
    tooLarge: "A catalogue file is at most 5 MB.",
  },
  async ({ request, user, query, body }) => {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return invalidAt("file", "The file is not UTF-8 text: save it as UTF-8 (YAML or JSON) and send it again.");
    }
    const read = readCatalogueText(text, catalogueFormatOf(request.headers.get("content-type")));
    if (!read.ok) return read.refusal;
    const result = await importCatalogue(user, read.value, query);
    return result.ok ? json(result.value) : result.refusal;
  },
);
