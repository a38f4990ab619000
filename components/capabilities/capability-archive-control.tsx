"use client";

import { buttonClass, dangerButtonClass } from "@/components/ui/buttons";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { archiveCapabilityAction } from "@/lib/actions/capabilities";

/** Archive in two steps (it leaves the list and the pickers; its assessments stay); restore in one. */
export function CapabilityArchiveControl({ code, version, archived }: { code: string; version: number; archived: boolean }) {
  const form = useFormAnswer(archiveCapabilityAction);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  return (
    <div className="space-y-3">
      <FormMessage state={form.state} />
      {archived || confirming ? (
        <form action={form.formAction} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="archived" value={archived ? "false" : "true"} />
          {!archived && <span className="text-sm text-slate-700">Archive {code}? It leaves the list and the KPI form; its assessments stay.</span>}
          <button ref={confirmRef} type="submit" disabled={form.pending} className={archived ? buttonClass : dangerButtonClass}>
            {form.pending ? "Saving…" : archived ? "Restore this capability" : "Yes, archive it"}
          </button>
          {!archived && (
            <button type="button" className={buttonClass} onClick={cancel}>
              Cancel
            </button>
          )}
        </form>
      ) : (
        <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
          Archive this capability…
        </button>
      )}
    </div>
  );
}
