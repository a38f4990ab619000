"use client";

import { useActionState } from "react";
import { createUserAction } from "@/lib/actions/users";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

export function UserCreateForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, idleFormState);
  const values = state.status === "success" ? {} : (state.values ?? {});
  return (
    <form action={action} className="grid gap-4 p-5 sm:grid-cols-2" noValidate key={state.status === "success" ? state.message : "form"}>
      {state.message && (
        <p
          role="status"
          data-testid="form-message"
          className={`sm:col-span-2 rounded-md px-3 py-2 text-sm ${state.status === "success" ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
        >
          {state.message}
        </p>
      )}
      <Field name="name" label="Full name" error={state.fieldErrors?.name} defaultValue={values.name} />
      <Field name="email" label="Email" type="email" error={state.fieldErrors?.email} defaultValue={values.email} />
      <label className="block text-sm">
        <span className="mb-1.5 block font-medium text-slate-700">Role</span>
        <select name="role" defaultValue={values.role ?? "viewer"} className={inputClass}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        {state.fieldErrors?.role && <span className="mt-1 block text-red-700">{state.fieldErrors.role}</span>}
      </label>
      <Field name="password" label="Initial password (10+ characters)" type="password" error={state.fieldErrors?.password} />
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Adding…" : "Add user"}
        </button>
      </div>
    </form>
  );
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500";

function Field({ name, label, type = "text", error, defaultValue }: { name: string; label: string; type?: string; error?: string; defaultValue?: string }) {
  return (
    <label className="block text-sm">
      <span className="mb-1.5 block font-medium text-slate-700">{label}</span>
      <input name={name} type={type} defaultValue={defaultValue} aria-invalid={Boolean(error)} className={inputClass} autoComplete="off" />
      {error && <span className="mt-1 block text-red-700">{error}</span>}
    </label>
  );
}
