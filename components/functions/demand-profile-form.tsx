"use client";

import { useActionState } from "react";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { recordDemandProfileAction } from "@/lib/actions/demand-profiles";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { AVAILABILITY_NEEDS, CHANGE_CADENCES, RISK_TOLERANCES } from "@/lib/domain/enums";
import { AVAILABILITY_LABELS, CHANGE_CADENCE_LABELS, RISK_TOLERANCE_LABELS } from "@/lib/domain/vocabulary";

export interface ProfileDefaults {
  controlFlexibility: number;
  riskTolerance: string;
  availabilityNeed: string;
  changeCadence: string;
  users: number;
  transactionsPerDay: number;
  peakTimes: string;
  targetExploreShare: number;
}

const BLANK: ProfileDefaults = {
  controlFlexibility: 50,
  riskTolerance: "medium",
  availabilityNeed: "standard",
  changeCadence: "monthly",
  users: 0,
  transactionsPerDay: 0,
  peakTimes: "",
  targetExploreShare: 20,
};

/**
 * Records a new profile for the function, starting from the one in force so a re-profile changes
 * only what moved. The earlier profiles stay: this adds to the history, it never edits it.
 */
export function DemandProfileForm({ code, today, current, first }: { code: string; today: string; current: ProfileDefaults | null; first: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(recordDemandProfileAction, idleFormState);
  const typed = state.status === "success" ? {} : (state.values ?? {});
  const start = current ?? BLANK;
  const value = (name: keyof ProfileDefaults) => typed[name] ?? String(start[name]);
  const errors = state.fieldErrors ?? {};
  return (
    <form
      action={action}
      noValidate
      key={state.status === "success" ? state.message : "form"}
      className="grid gap-4 p-5 sm:grid-cols-2"
      aria-label="Record a demand profile"
    >
      <input type="hidden" name="code" value={code} />
      <FormMessage state={state} className="sm:col-span-2" />
      <TextField
        name="effectiveFrom"
        label="In force from"
        type="date"
        min={first ? undefined : today}
        defaultValue={typed.effectiveFrom ?? today}
        error={errors.effectiveFrom}
        aria-describedby={`${code}-from-hint`}
      />
      <p id={`${code}-from-hint`} className="self-end pb-2 text-xs text-slate-500">
        {first ? "The first profile may start on any day." : "Today or later: past scorecards keep the profile that was in force then."}
      </p>
      <TextField
        name="controlFlexibility"
        label="Control ↔ flexibility (0–100)"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        defaultValue={value("controlFlexibility")}
        error={errors.controlFlexibility}
      />
      <TextField
        name="targetExploreShare"
        label="Target explore share (%)"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        defaultValue={value("targetExploreShare")}
        error={errors.targetExploreShare}
      />
      <Choice
        name="riskTolerance"
        label="Risk tolerance"
        options={RISK_TOLERANCES}
        labels={RISK_TOLERANCE_LABELS}
        value={value("riskTolerance")}
        error={errors.riskTolerance}
      />
      <Choice
        name="availabilityNeed"
        label="Availability need"
        options={AVAILABILITY_NEEDS}
        labels={AVAILABILITY_LABELS}
        value={value("availabilityNeed")}
        error={errors.availabilityNeed}
      />
      <Choice
        name="changeCadence"
        label="Change cadence"
        options={CHANGE_CADENCES}
        labels={CHANGE_CADENCE_LABELS}
        value={value("changeCadence")}
        error={errors.changeCadence}
      />
      <TextField name="peakTimes" label="Peak times (optional)" maxLength={200} defaultValue={value("peakTimes")} error={errors.peakTimes} />
      <TextField name="users" label="Users" type="number" inputMode="numeric" min={0} step={1} defaultValue={value("users")} error={errors.users} />
      <TextField
        name="transactionsPerDay"
        label="Transactions a day"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        defaultValue={value("transactionsPerDay")}
        error={errors.transactionsPerDay}
      />
      <div className="sm:col-span-2">
        <Field label="Why the demand changed" error={errors.rationale}>
          <textarea
            name="rationale"
            rows={3}
            maxLength={2000}
            defaultValue={typed.rationale ?? ""}
            aria-invalid={Boolean(errors.rationale)}
            className={inputClass}
            placeholder="e.g. Economic stress shifts emphasis from control to transformation."
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 disabled:opacity-60"
        >
          {pending ? "Recording…" : "Record profile"}
        </button>
      </div>
    </form>
  );
}

function Choice<T extends string>({
  name,
  label,
  options,
  labels,
  value,
  error,
}: {
  name: string;
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: string;
  error?: string;
}) {
  return (
    <Field label={label} error={error}>
      <select name={name} defaultValue={value} className={inputClass} aria-invalid={Boolean(error)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </Field>
  );
}
