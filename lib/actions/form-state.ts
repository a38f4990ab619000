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
 * form field. `field` maps a problem's path to the form's field name when they differ. A problem
 * about something the form has no field for (a decision refused for want of a root cause) is said
 * in the message, so it is never reduced to "check the highlighted fields" with nothing highlighted.
 */
export function refusalState(
  refusal: Refusal,
  values: Record<string, string>,
  field: (path: string) => string = topField,
  submitted: Record<string, string> = values,
): FormState {
  if (refusal.kind !== "invalid") return { status: "error", message: refusal.message, values };
  const fieldErrors: Record<string, string> = {};
  const unshown: string[] = [];
  for (const error of refusal.errors) {
    const name = field(error.path);
    if (name in submitted) fieldErrors[name] ??= error.message;
    else if (!unshown.includes(error.message)) unshown.push(error.message);
  }
  const highlighted = Object.keys(fieldErrors).length > 0 ? "Check the highlighted fields." : "";
  const message = [...unshown.map((text) => (/[.!?]$/.test(text) ? text : `${text}.`)), highlighted].filter(Boolean).join(" ") || refusal.message;
  return { status: "error", message, fieldErrors, values };
}
