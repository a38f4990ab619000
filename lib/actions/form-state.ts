// Shared by server actions and the client forms that show their result; imports nothing server-side.
import type { Refusal } from "@/lib/refusal";

export interface FormState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, so a refused form is not emptied. */
  values?: Record<string, string>;
}

export const idleFormState: FormState = { status: "idle" };

/** `kpis[0].code` → `kpis`: the form field a problem's path starts with. */
export const topField = (path: string) => path.split(/[.[]/, 1)[0] ?? path;

/**
 * A refusal as a form shows it: the message on top and, for field problems, the first message per
 * form field. `field` maps a problem's path to the form's field name when they differ.
 */
export function refusalState(refusal: Refusal, values: Record<string, string>, field: (path: string) => string = topField): FormState {
  if (refusal.kind !== "invalid") return { status: "error", message: refusal.message, values };
  const fieldErrors: Record<string, string> = {};
  for (const error of refusal.errors) fieldErrors[field(error.path)] ??= error.message;
  return { status: "error", message: "Check the highlighted fields.", fieldErrors, values };
}
