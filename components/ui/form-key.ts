import type { FormState } from "@/lib/actions/form-state";

/** A new key per answer, so the refilled fields (or the emptied ones after success) are really shown: React resets a form after its action. */
export const formKey = (state: FormState) =>
  `${state.status}:${state.message ?? ""}:${JSON.stringify(state.values ?? {})}:${JSON.stringify(state.fieldErrors ?? {})}`;
