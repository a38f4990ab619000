// How every page reads its query string. A page must render whatever the URL says, so a
// parameter that does not parse is dropped (the page shows its default for it) and reported, so
// the page can say what it ignored (components/ui/refused-filters.tsx). The API refuses bad
// parameters with a 422 instead; both parse with the same zod schemas.
import { z } from "zod";
import type { FieldProblem } from "@/lib/refusal";

/** What Next hands a page as `searchParams`: a repeated parameter arrives as an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface ParsedSearchParams<T> {
  values: T;
  /** One entry per dropped parameter, named by `path`, in the schema's order. */
  refused: FieldProblem[];
}

/**
 * Every parameter must be optional (or have a default): a page opened without a query string must
 * still render. A required one turns the schema argument into a type error at the call site.
 */
type EveryParameterOptional<S extends z.ZodObject> = {
  shape: { [Name in keyof S["shape"]]: undefined extends z.input<S["shape"][Name]> ? unknown : never };
};

export const PAGE_NUMBER_MAX = 100_000;

/** A 1-based page of a paginated list; 1 when absent. */
export const pageNumberSchema = z.coerce
  .number({ error: `page must be a whole number from 1 to ${PAGE_NUMBER_MAX}` })
  .int(`page must be a whole number from 1 to ${PAGE_NUMBER_MAX}`)
  .min(1, `page must be a whole number from 1 to ${PAGE_NUMBER_MAX}`)
  .max(PAGE_NUMBER_MAX, `page must be a whole number from 1 to ${PAGE_NUMBER_MAX}`)
  .default(1);

/** The first of repeated values counts; an empty one (a form's blank field) means "not given". */
function firstValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

function firstMessage(error: z.ZodError, name: string): string {
  return error.issues[0]?.message ?? `${name} is not valid`;
}

/**
 * Each parameter is validated on its own, so one bad filter does not discard the others; the
 * parameters that pass are then parsed together so the values keep the schema's output type.
 * Parameters the schema does not name are ignored.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S & EveryParameterOptional<S>, raw: RawSearchParams): ParsedSearchParams<z.output<S>> {
  const accepted: Record<string, string> = {};
  const refused: FieldProblem[] = [];
  for (const [name, parameter] of Object.entries<z.ZodType>(schema.shape)) {
    const value = firstValue(raw[name]);
    if (value === undefined) continue;
    const parsed = parameter.safeParse(value);
    if (parsed.success) accepted[name] = value;
    else refused.push({ path: name, message: firstMessage(parsed.error, name) });
  }
  const whole = schema.safeParse(accepted);
  if (whole.success) return { values: whole.data, refused };
  // Only a rule across parameters can fail here (each passed alone): all of them fall back.
  const across = whole.error.issues.map((issue) => ({ path: String(issue.path[0] ?? "query"), message: issue.message }));
  return { values: schema.parse({}), refused: [...refused, ...across] };
}
