// The catalogue as text: YAML (what people edit) or JSON (what scripts send). Reading never runs
// anything a file says: the YAML core schema only, aliases capped, duplicate keys refused.
import { parse, stringify } from "yaml";
import { invalidAt, ok, refuse, type Result } from "@/lib/refusal";

export type CatalogueFormat = "yaml" | "json";

/** The format a request's content type names; JSON unless it says YAML. */
export function catalogueFormatOf(contentType: string | null): CatalogueFormat {
  return /\b(?:x-)?yaml\b/i.test(contentType ?? "") ? "yaml" : "json";
}

export function readCatalogueText(text: string, format: CatalogueFormat): Result<unknown> {
  try {
    const value: unknown = format === "yaml" ? parse(text, { schema: "core", maxAliasCount: 100, uniqueKeys: true }) : JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return ok(value);
    return refuse(invalidAt("file", "The file must hold one catalogue document (format, version and its sections), not a list or a single value."));
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : "unreadable";
    return refuse(invalidAt("file", `The file is not valid ${format === "yaml" ? "YAML" : "JSON"}: ${why}`));
  }
}

export function catalogueText(document: object, format: CatalogueFormat): string {
  return format === "yaml" ? stringify(document, { lineWidth: 0 }) : `${JSON.stringify(document, null, 2)}\n`;
}
