"use client";

import { useActionState } from "react";
import { commentOnInitiativeAction, setCapacityAction } from "@/lib/actions/initiatives";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function CommentForm({ initiativeId }: { initiativeId: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(commentOnInitiativeAction, idleFormState);
  return (
    <form action={action} className="space-y-3 px-5 py-4" key={state.status === "success" ? state.message : "comment"}>
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <FormMessage state={state} />
      <Field label="Add a comment" error={state.fieldErrors?.body}>
        <textarea name="body" rows={2} className={inputClass} />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Adding…" : "Add comment"}
      </button>
    </form>
  );
}

/** The board sets how many person-weeks the quarter can fund; the latest figure counts. */
export function CapacityForm({ quarterStart, quarterLabel, current }: { quarterStart: string; quarterLabel: string; current: number | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setCapacityAction, idleFormState);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2" aria-label={`Capacity for ${quarterLabel}`}>
      <input type="hidden" name="quarterStart" value={quarterStart} />
      <TextField
        name="personWeeks"
        label={`Person-weeks for ${quarterLabel}`}
        inputMode="decimal"
        defaultValue={current === null ? "" : String(current)}
        error={state.fieldErrors?.personWeeks}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Set"}
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
