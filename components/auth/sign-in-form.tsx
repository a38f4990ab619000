"use client";

import { useActionState, useRef } from "react";
import { signInAction, type SignInState } from "@/lib/actions/auth";
import type { DemoAccount } from "@/lib/demo-accounts";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { TextField } from "@/components/ui/field";

interface Props {
  callbackUrl?: string;
  demo?: { accounts: readonly DemoAccount[]; password: string };
}

export function SignInForm({ callbackUrl, demo }: Props) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { email: "" });
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function fillDemo(account: DemoAccount) {
    if (!emailRef.current || !passwordRef.current || !demo) return;
    emailRef.current.value = account.email;
    passwordRef.current.value = demo.password;
    passwordRef.current.focus();
  }

  return (
    <div className="space-y-8">
      <form action={action} className="space-y-5" noValidate>
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        {state.error && (
          <p data-testid="sign-in-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.error}
          </p>
        )}
        <TextField
          ref={emailRef}
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          required
          error={state.fieldErrors?.email}
        />
        <TextField
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={state.fieldErrors?.password}
        />
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {demo && (
        <section aria-labelledby="demo-heading" className="rounded-lg border border-amber-200 bg-amber-50/60 p-4">
          <h2 id="demo-heading" className="text-sm font-semibold text-amber-900">
            Demo mode — sign in as
          </h2>
          <p className="mt-1 text-xs text-amber-800">
            Every demo account uses the password <code className="font-mono font-semibold">{demo.password}</code>. Choose one to fill the form.
          </p>
          <ul className="mt-3 divide-y divide-amber-200/70">
            {demo.accounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  onClick={() => fillDemo(account)}
                  className="flex w-full items-baseline justify-between gap-3 py-2 text-left text-sm hover:text-brand-700"
                >
                  <span>
                    <span className="font-mono text-[13px]">{account.email}</span>
                    <span className="block text-xs text-slate-600">{account.purpose}</span>
                  </span>
                  <span className="shrink-0 rounded bg-white px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-amber-200">
                    {ROLE_LABELS[account.role]}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
