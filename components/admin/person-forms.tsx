"use client";

// An administrator's forms on one person's page: role, access, password, and the hand-over of what
// they own. Deactivating and handing over each take two steps.
import { useActionState, useEffect, useRef, useState } from "react";
import { buttonClass, dangerButtonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formKey } from "@/components/ui/form-key";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { idleFormState } from "@/lib/actions/form-state";
import { changeRoleAction, handOverAction, resetPasswordAction, setActiveAction, type HandOverState } from "@/lib/actions/people";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";

export interface Person {
  email: string;
  name: string;
  role: Role;
  active: boolean;
  version: number;
}

function Hidden({ person }: { person: Person }) {
  return (
    <>
      <input type="hidden" name="email" value={person.email} />
      <input type="hidden" name="version" value={person.version} />
    </>
  );
}

export function RoleForm({ person }: { person: Person }) {
  const form = useFormAnswer(changeRoleAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" aria-label="Role">
      <Hidden person={person} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <Field label="Role" error={form.error("role")}>
        <select name="role" defaultValue={form.value("role", person.role)} className={inputClass} aria-invalid={Boolean(form.error("role"))}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={form.pending} className={`${buttonClass} justify-self-start`}>
        {form.pending ? "Saving…" : "Change role"}
      </button>
    </form>
  );
}

export function AccessForm({ person }: { person: Person }) {
  const form = useFormAnswer(setActiveAction);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  if (!person.active) {
    return (
      <form action={form.formAction} key={form.key} className="space-y-3" aria-label="Access">
        <Hidden person={person} />
        <input type="hidden" name="active" value="true" />
        <FormMessage state={form.state} />
        <p className="text-sm text-slate-600">{person.name} cannot sign in. Reactivating lets them sign in again; old API tokens stay revoked.</p>
        <button type="submit" disabled={form.pending} className={`${buttonClass} justify-self-start`}>
          {form.pending ? "Reactivating…" : "Reactivate"}
        </button>
      </form>
    );
  }
  return (
    <div className="space-y-3">
      <FormMessage state={form.state} />
      {confirming ? (
        <form action={form.formAction} onKeyDown={onKeyDown} className="space-y-3 rounded-md bg-red-50 p-3" aria-label="Confirm deactivation">
          <Hidden person={person} />
          <input type="hidden" name="active" value="false" />
          <p className="text-sm text-red-900">
            Deactivate {person.name}? They are signed out everywhere at once and their API tokens are revoked. What they own stays theirs until you hand it
            over.
          </p>
          <div className="flex gap-2">
            <button ref={confirmRef} type="submit" disabled={form.pending} className={dangerButtonClass}>
              {form.pending ? "Deactivating…" : "Yes, deactivate"}
            </button>
            <button type="button" onClick={cancel} className={buttonClass}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="text-sm text-slate-600">{person.name} can sign in and use their API tokens.</p>
          <button ref={startRef} type="button" onClick={ask} className={buttonClass}>
            Deactivate…
          </button>
        </>
      )}
    </div>
  );
}

export function PasswordForm({ person }: { person: Person }) {
  const form = useFormAnswer(resetPasswordAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" aria-label="Password">
      <Hidden person={person} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <TextField name="password" type="password" label="New password (10+ characters)" autoComplete="new-password" error={form.error("password")} />
      <button type="submit" disabled={form.pending} className={`${buttonClass} justify-self-start`}>
        {form.pending ? "Setting…" : "Set new password"}
      </button>
    </form>
  );
}

export function HandOverForm({ person, heirs, owns }: { person: Person; heirs: { email: string; label: string }[]; owns: boolean }) {
  const [state, formAction, pending] = useActionState<HandOverState, FormData>(handOverAction, idleFormState);
  // A checked hand-over is its own confirmation step; Cancel (or Escape) sets that answer aside.
  const [setAside, setSetAside] = useState<HandOverState | null>(null);
  const preview = state.status === "success" && setAside !== state ? state.preview : undefined;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (preview) confirmRef.current?.focus();
  }, [preview]);
  const cancel = () => setSetAside(state);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape") cancel();
  };
  if (!owns) {
    return (
      <div className="space-y-2">
        <FormMessage state={state} />
        <p className="text-sm text-slate-500">{person.name} owns nothing that needs handing over.</p>
      </div>
    );
  }
  if (preview) {
    return (
      <form action={formAction} onKeyDown={onKeyDown} className="space-y-3 rounded-md bg-amber-50 p-3" aria-label="Confirm hand-over">
        <input type="hidden" name="email" value={person.email} />
        <input type="hidden" name="toEmail" value={preview.toEmail} />
        <input type="hidden" name="intent" value="confirm" />
        <p className="text-sm text-amber-900" role="status">
          Hand {preview.summary} from {person.name} to {preview.toName}? Each KPI&apos;s history records the new owner.
        </p>
        <div className="flex gap-2">
          <button ref={confirmRef} type="submit" disabled={pending} className={primaryButtonClass}>
            {pending ? "Handing over…" : `Yes, hand over to ${preview.toName}`}
          </button>
          <button type="button" onClick={cancel} className={buttonClass}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <form action={formAction} key={formKey(state)} noValidate className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end" aria-label="Hand over">
      <input type="hidden" name="email" value={person.email} />
      <input type="hidden" name="intent" value="preview" />
      {(state.status === "error" || !state.preview) && <FormMessage state={state} className="sm:col-span-2" />}
      <Field label="Who takes over" error={state.fieldErrors?.toEmail}>
        <select name="toEmail" defaultValue={state.values?.toEmail ?? ""} className={inputClass} aria-invalid={Boolean(state.fieldErrors?.toEmail)}>
          <option value="" disabled>
            Choose someone…
          </option>
          {heirs.map((heir) => (
            <option key={heir.email} value={heir.email}>
              {heir.label}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} justify-self-start`}>
        {pending ? "Checking…" : "Check the hand-over"}
      </button>
    </form>
  );
}
