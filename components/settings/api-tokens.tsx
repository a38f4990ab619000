"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { Check, Copy, KeyRound } from "lucide-react";
import { createApiTokenAction, revokeApiTokenAction, type TokenCreateState } from "@/lib/actions/api-tokens";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/ui/field";

const buttonClass =
  "inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-200 hover:bg-slate-50 disabled:opacity-60";

export function ApiTokenCreateForm() {
  const [state, action, pending] = useActionState<TokenCreateState, FormData>(createApiTokenAction, idleFormState);
  const values = state.status === "success" ? {} : (state.values ?? {});
  return (
    <div className="space-y-4 p-5">
      <FormMessage state={state} />
      {state.token && <NewToken token={state.token} />}
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate key={state.status === "success" ? state.token : "form"}>
        <div className="min-w-56 flex-1">
          <TextField
            name="name"
            label="Token name (what will use it?)"
            autoComplete="off"
            maxLength={80}
            error={state.fieldErrors?.name}
            defaultValue={values.name}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
    </div>
  );
}

/** The clear token, shown once: it lives only in this page's memory and is gone on reload. */
function NewToken({ token }: { token: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  };
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="new-token">
      <p className="flex items-center gap-2 font-semibold text-amber-900">
        <KeyRound aria-hidden className="size-4" /> Copy this token now — it will not be shown again.
      </p>
      <p className="mt-1 text-amber-900">
        Only a hash is stored. Keep it secret: calls made with it act with your role. Send it as <code>Authorization: Bearer …</code>.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1.5 font-mono text-xs ring-1 ring-amber-200" data-testid="new-token-value">
          {token}
        </code>
        <button type="button" onClick={copy} className={buttonClass}>
          {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
          {copied ? "Copied" : "Copy token"}
        </button>
      </div>
    </div>
  );
}

/** Two steps, so a stray click or Enter cannot cut off a running integration. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(revokeApiTokenAction, idleFormState);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(state);
  if (!confirming) {
    return (
      <div className="space-y-1">
        <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
          Revoke
        </button>
        {state.status === "error" && <FormMessage state={state} />}
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <span className="text-xs text-slate-700">Revoke “{name}”? Calls using it will be refused.</span>
      <button
        ref={confirmRef}
        type="submit"
        disabled={pending}
        className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700 disabled:opacity-60"
      >
        {pending ? "Revoking…" : "Yes, revoke"}
      </button>
      <button type="button" className={buttonClass} onClick={cancel}>
        Cancel
      </button>
    </form>
  );
}
