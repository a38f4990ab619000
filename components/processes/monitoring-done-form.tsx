"use client";

import { buttonClass } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { logMonitoringDoneAction } from "@/lib/actions/processes";

/** Logs one monitoring action as carried out, today unless said otherwise. */
export function MonitoringDoneForm({
  code,
  actionId,
  action,
  today,
  earliest,
}: {
  code: string;
  actionId: number;
  action: string;
  today: string;
  earliest: string;
}) {
  const form = useFormAnswer(logMonitoringDoneAction);
  return (
    <form
      action={form.formAction}
      key={form.key}
      noValidate
      className="grid gap-3 sm:grid-cols-[11rem_1fr_auto] sm:items-end"
      aria-label={`Log ${action} as done`}
    >
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="actionId" value={actionId} />
      <FormMessage state={form.state} className="sm:col-span-3" />
      <TextField name="doneOn" type="date" label="Done on" defaultValue={form.value("doneOn", today)} min={earliest} max={today} error={form.error("doneOn")} />
      <TextField name="note" label="What was found (optional)" defaultValue={form.value("note")} error={form.error("note")} maxLength={1000} />
      <button type="submit" disabled={form.pending} className={buttonClass}>
        {form.pending ? "Logging…" : "Log as done"}
      </button>
    </form>
  );
}
