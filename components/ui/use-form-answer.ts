"use client";

import { useActionState } from "react";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { formKey } from "./form-key";

type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * A server action's answer as a form shows it: what was typed when refused (so nothing is lost),
 * the error per field, and a key that remounts the form after each answer so its fields show that.
 */
export function useFormAnswer(action: FormAction) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, idleFormState);
  const typed = state.status === "success" ? {} : (state.values ?? {});
  return {
    state,
    formAction,
    pending,
    key: formKey(state),
    value: (name: string, fallback = "") => typed[name] ?? fallback,
    error: (name: string) => state.fieldErrors?.[name],
  };
}
