"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { enterReadingAction } from "@/lib/actions/readings";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { Field, TextField, inputClass } from "@/components/ui/field";

export interface ReadingEntryFormProps {
  kpiCode: string;
  unit: string;
  /** YYYY-MM-DD of the period the owner most likely reports next. */
  defaultPeriod: string;
  /** Today (UTC) as YYYY-MM-DD: the browser's date picker then refuses future periods too. */
  today: string;
  /** What a period of this KPI's frequency looks like, e.g. "the first day of a month". */
  periodHint: string;
}

/**
 * Period, value and note; the reason field appears once the server says the period already has a
 * reading, so a correction is always a deliberate second step.
 */
export function ReadingEntryForm({ kpiCode, unit, defaultPeriod, today, periodHint }: ReadingEntryFormProps) {
  const [state, action, pending] = useActionState<FormState, FormData>(enterReadingAction, idleFormState);
  const values = state.status === "success" ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  const correcting = Boolean(errors.reason || values.reason);
  return (
    <form
      action={action}
      className="grid gap-4 p-5 sm:grid-cols-2"
      noValidate
      key={state.status === "success" ? state.message : "form"}
      data-testid="reading-entry-form"
    >
      <input type="hidden" name="kpiCode" value={kpiCode} />
      <FormMessage state={state} className="sm:col-span-2" />
      <TextField
        name="period"
        label={`Period (${periodHint})`}
        type="date"
        max={today}
        defaultValue={values.period ?? defaultPeriod}
        error={errors.period}
        required
      />
      <TextField
        name="value"
        label={unit ? `Value (${unit})` : "Value"}
        inputMode="decimal"
        autoComplete="off"
        defaultValue={values.value}
        error={errors.value}
        required
      />
      <div className="sm:col-span-2">
        <Field label="Note (required when the value is past the red flag)" error={errors.note}>
          <textarea name="note" rows={2} defaultValue={values.note} aria-invalid={Boolean(errors.note)} className={inputClass} />
        </Field>
      </div>
      {correcting && (
        <div className="sm:col-span-2">
          <Field label="Reason for the correction" error={errors.reason}>
            <textarea name="reason" rows={2} defaultValue={values.reason} aria-invalid={Boolean(errors.reason)} className={inputClass} />
          </Field>
        </div>
      )}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Saving…" : correcting ? "Save correction" : "Save reading"}
        </button>
      </div>
    </form>
  );
}
