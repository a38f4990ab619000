"use client";

import { primaryButtonClass } from "@/components/ui/buttons";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { assessCapabilityAction } from "@/lib/actions/capabilities";
import { MATURITY_LABELS, MATURITY_LEVELS } from "@/lib/domain/maturity";

/** Records a maturity assessment: the day, the level, who assessed it and on what evidence. */
export function AssessmentForm({ code, today, assessor, level }: { code: string; today: string; assessor: string; level: number | null }) {
  const form = useFormAnswer(assessCapabilityAction);
  const chosen = form.value("level", level === null ? "" : String(level));
  const levelError = form.error("level");
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4" aria-label="Record an assessment">
      <input type="hidden" name="code" value={code} />
      <FormMessage state={form.state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="assessedOn"
          type="date"
          label="Assessed on"
          defaultValue={form.value("assessedOn", today)}
          max={today}
          error={form.error("assessedOn")}
        />
        <TextField name="assessor" label="Assessor" defaultValue={form.value("assessor", assessor)} error={form.error("assessor")} maxLength={120} />
      </div>
      <fieldset aria-describedby={levelError ? "assessment-level-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-slate-700">Level</legend>
        <div className="grid grid-cols-5 gap-1.5">
          {MATURITY_LEVELS.map((option) => (
            <label
              key={option}
              className="flex cursor-pointer flex-col items-center rounded-md border border-slate-200 bg-white px-1 py-2 text-center text-xs has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500"
            >
              <input type="radio" name="level" value={option} defaultChecked={chosen === String(option)} className="sr-only" />
              <span className="text-base font-semibold tabular-nums text-slate-900">{option}</span>
              <span className="text-slate-600">{MATURITY_LABELS[option]}</span>
            </label>
          ))}
        </div>
        {levelError && (
          <p id="assessment-level-error" className="mt-1 text-sm text-red-700">
            {levelError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        name="evidence"
        label="Evidence"
        rows={3}
        defaultValue={form.value("evidence")}
        error={form.error("evidence")}
        maxLength={2000}
        placeholder="What the level rests on: an audit report, certification figures, a walkthrough of the practice."
      />
      <div>
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Recording…" : "Record assessment"}
        </button>
      </div>
    </form>
  );
}
