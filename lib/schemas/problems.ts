// zod's issues said as the product's one error shape ({path, message}, lib/refusal.ts).
import type { z } from "zod";
import { invalid, pathString, type FieldProblem, type Refusal } from "@/lib/refusal";

/**
 * The first problem at each path, in the order zod found them. A key the schema does not know is
 * named at its own path; a problem with the whole input is at `whole` ("body" for a JSON body,
 * "query" for a query string).
 */
export function zodProblems(error: z.ZodError, whole = "body"): FieldProblem[] {
  const seen = new Map<string, string>();
  const add = (path: string, message: string) => {
    if (!seen.has(path)) seen.set(path, message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(pathString([...issue.path, key]), `${key} is not a field of this request`);
    } else {
      add(issue.path.length > 0 ? pathString(issue.path) : whole, issue.message);
    }
  }
  return [...seen].map(([path, message]) => ({ path, message }));
}

/** A refusal naming every field zod refused. */
function zodRefusal(error: z.ZodError, message?: string): Refusal {
  return invalid(zodProblems(error), message);
}

/** Parses `input` with `schema`: the value, or the refusal naming each field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, message?: string): { ok: true; value: z.infer<S> } | { ok: false; refusal: Refusal } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, refusal: zodRefusal(parsed.error, message) };
}
