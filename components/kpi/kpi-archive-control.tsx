"use client";

import { buttonClass, dangerButtonClass } from "@/components/ui/buttons";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { archiveKpiAction } from "@/lib/actions/kpi-definitions";

/** Archive in two steps (it takes the KPI off every scorecard from today); restore in one. */
export function KpiArchiveControl({ code, version, archived }: { code: string; version: number; archived: boolean }) {
  const form = useFormAnswer(archiveKpiAction);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  return (
    <div className="space-y-3">
      <FormMessage state={form.state} />
      {archived || confirming ? (
        <form action={form.formAction} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="archived" value={archived ? "false" : "true"} />
          {!archived && <span className="text-sm text-slate-700">Take {code} off every scorecard from today? Its readings and past views stay.</span>}
          <button ref={confirmRef} type="submit" disabled={form.pending} className={archived ? buttonClass : dangerButtonClass}>
            {form.pending ? "Saving…" : archived ? "Restore this KPI" : "Yes, archive it"}
          </button>
          {!archived && (
            <button type="button" className={buttonClass} onClick={cancel}>
              Cancel
            </button>
          )}
        </form>
      ) : (
        <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
          Archive this KPI…
        </button>
      )}
    </div>
  );
}
