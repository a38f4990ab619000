"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { createUserAction } from "@/lib/actions/users";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { Field, TextField, inputClass } from "@/components/ui/field";

export function UserCreateForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, idleFormState);
  const values = state.status === "success" ? {} : (state.values ?? {});
  return (
    <form action={action} className="grid gap-4 p-5 sm:grid-cols-2" noValidate key={state.status === "success" ? state.message : "form"}>
      <FormMessage state={state} className="sm:col-span-2" />
      <TextField name="name" label="Full name" autoComplete="off" error={state.fieldErrors?.name} defaultValue={values.name} />
      <TextField name="email" label="Email" type="email" autoComplete="off" error={state.fieldErrors?.email} defaultValue={values.email} />
      <Field label="Role" error={state.fieldErrors?.role}>
        <select name="role" defaultValue={values.role ?? "viewer"} className={inputClass} aria-invalid={Boolean(state.fieldErrors?.role)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </Field>
      <TextField name="password" label="Initial password (10+ characters)" type="password" autoComplete="new-password" error={state.fieldErrors?.password} />
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add user"}
        </button>
      </div>
    </form>
  );
}
