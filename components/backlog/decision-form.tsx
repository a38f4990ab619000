"use client";

import { useActionState } from "react";
import { decideInitiativeAction } from "@/lib/actions/initiatives";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export interface DecisionChoice {
  decision: string;
  label: string;
}

/**
 * A board decision (or an owner's start/complete) with its rationale and meeting date. The
 * version the page was rendered with goes along, so a decision taken on a stale page is refused.
 */
export function DecisionForm({
  initiativeId,
  version,
  choices,
  today,
  rankable,
}: {
  initiativeId: number;
  version: number;
  choices: DecisionChoice[];
  today: string;
  rankable: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(decideInitiativeAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.status === "success" ? {} : (state.values ?? {});
  const options = rankable ? [...choices, { decision: "rank", label: "Set its rank" }] : choices;
  return (
    <form action={action} className="grid gap-4 p-5 sm:grid-cols-2" data-testid="decision-form" noValidate>
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <FormMessage state={state} className="sm:col-span-2" />
      <input type="hidden" name="version" value={version} />
      <Field label="Decision" error={errors.decision}>
        <select name="decision" defaultValue={values.decision ?? options[0]?.decision} className={inputClass}>
          {options.map((choice) => (
            <option key={choice.decision} value={choice.decision}>
              {choice.label}
            </option>
          ))}
        </select>
      </Field>
      <TextField name="meetingDate" label="Board meeting date" type="date" defaultValue={values.meetingDate ?? today} error={errors.meetingDate} />
      {rankable && (
        <TextField name="rank" label="Rank (for ranking or approval; 1 is first)" inputMode="numeric" defaultValue={values.rank ?? ""} error={errors.rank} />
      )}
      <div className="sm:col-span-2">
        <Field label="Rationale" error={errors.rationale}>
          <textarea name="rationale" rows={3} defaultValue={values.rationale ?? ""} aria-invalid={Boolean(errors.rationale)} className={inputClass} />
        </Field>
      </div>
      {errors.version && <p className="text-sm text-red-700 sm:col-span-2">{errors.version}</p>}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-60"
        >
          {pending ? "Recording…" : "Record decision"}
        </button>
      </div>
    </form>
  );
}
