import { TriangleExclamationPoint } from "lucide-react";
import type { FieldProblem } from "@/lib/refusal";

/**
 * The element that explains why a parameter was ignored: controls for that parameter point at it
 * with aria-describedby, and tests find it by the same name ("asOf" → "as-of-error").
 */
export function refusedFilterId(path: string): string {
  return `${path.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/[^a-z0-9-]+/gi, "-")}-error`;
}

/**
 * The query parameters a page ignored (lib/schemas/search-params.ts), each with why; the page
 * shows its default for them instead. `fallbacks` says what that default is, where a page knows
 * ("today" for asOf). Renders nothing when every parameter was accepted.
 */
export function RefusedFilters({ refused, fallbacks = {} }: { refused: readonly FieldProblem[]; fallbacks?: Partial<Record<string, string>> }) {
  if (refused.length === 0) return null;
  return (
    <div role="alert" data-testid="refused-filters" className="mb-4 flex gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
      <TriangleExclamationPoint aria-hidden className="mt-0.5 size-4 shrink-0" />
      <ul className="space-y-0.5">
        {refused.map(({ path, message }) => {
          const fallback = fallbacks[path];
          return (
            <li key={path} id={refusedFilterId(path)} data-testid={refusedFilterId(path)}>
              Ignored filter <span className="font-mono font-medium">{path}</span>: {message}
              {fallback ? ` — showing ${fallback} instead.` : "."}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
