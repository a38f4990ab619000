// Shared by server actions and the client forms that show their result; imports nothing server-side.
export interface FormState {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, so a refused form is not emptied. */
  values?: Record<string, string>;
}

export const idleFormState: FormState = { status: "idle" };
