"use client";

import { buttonClass, dangerButtonClass } from "@/components/ui/buttons";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import type { FormState } from "@/lib/actions/form-state";

/** Deleting something set up by mistake, in two steps; offered only while nothing refers to it. */
export function DeleteControl({
  action,
  code,
  version,
  what,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  code: string;
  version: number;
  what: string;
}) {
  const form = useFormAnswer(action);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  return (
    <div className="space-y-2">
      <FormMessage state={form.state} />
      {confirming ? (
        <form action={form.formAction} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="version" value={version} />
          <span className="text-sm text-slate-700">Delete {what}? Nothing refers to it yet; the audit log keeps what it was.</span>
          <button ref={confirmRef} type="submit" disabled={form.pending} className={dangerButtonClass}>
            {form.pending ? "Deleting…" : "Yes, delete it"}
          </button>
          <button type="button" className={buttonClass} onClick={cancel}>
            Cancel
          </button>
        </form>
      ) : (
        <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
          Delete {what}…
        </button>
      )}
    </div>
  );
}
