"use client";

import { useState } from "react";
import { buttonClass, dangerButtonClass } from "@/components/ui/buttons";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import type { FormState } from "@/lib/actions/form-state";
import { archiveKpiAction } from "@/lib/actions/kpi-definitions";

/** Archive in two steps (it takes the KPI off every scorecard from today); restore in one. */
export function KpiArchiveControl({ code, version, archived }: { code: string; version: number; archived: boolean }) {
  const form = useFormAnswer(archiveKpiAction);
  // Asking is tied to the answer on screen when asked: the next answer closes it.
  const [askedAt, setAskedAt] = useState<FormState | null>(null);
  const confirming = askedAt === form.state;
  return (
    <div className="space-y-3">
      <FormMessage state={form.state} />
      {archived || confirming ? (
        <form action={form.formAction} className="flex flex-wrap items-center gap-2" onKeyDown={(event) => event.key === "Escape" && setAskedAt(null)}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="archived" value={archived ? "false" : "true"} />
          {!archived && <span className="text-sm text-slate-700">Take {code} off every scorecard from today? Its readings and past views stay.</span>}
          <button type="submit" disabled={form.pending} className={archived ? buttonClass : dangerButtonClass} autoFocus={!archived}>
            {form.pending ? "Saving…" : archived ? "Restore this KPI" : "Yes, archive it"}
          </button>
          {!archived && (
            <button type="button" className={buttonClass} onClick={() => setAskedAt(null)}>
              Cancel
            </button>
          )}
        </form>
      ) : (
        <button type="button" className={buttonClass} onClick={() => setAskedAt(form.state)}>
          Archive this KPI…
        </button>
      )}
    </div>
  );
}
