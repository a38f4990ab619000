// zod's issues said as the product's one error shape ({path, message}, lib/refusal.ts).
import type { z } from "zod";
import { invalid, pathString, type FieldProblem, type Refusal } from "@/lib/refusal";

/** The first problem at each path, in the order zod found them. */
export function zodProblems(error: z.ZodError, root = ""): FieldProblem[] {
  const seen = new Map<string, string>();
  for (const issue of error.issues) {
    const path = pathString(issue.path, root);
    if (!seen.has(path)) seen.set(path, issue.message);
  }
  return [...seen].map(([path, message]) => ({ path, message }));
}

/** A refusal naming every field zod refused. */
export function zodRefusal(error: z.ZodError, message?: string): Refusal {
  return invalid(zodProblems(error), message);
}

/** Parses `input` with `schema`: the value, or the refusal naming each field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, message?: string): { ok: true; value: z.infer<S> } | { ok: false; refusal: Refusal } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, refusal: zodRefusal(parsed.error, message) };
}
