"use client";

import { useActionState } from "react";
import { proposeInitiativeAction } from "@/lib/actions/initiatives";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { Field, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { DMAIC_PHASES, METHODOLOGIES, ORCHESTRATIONS, STREAMS, type Stream } from "@/lib/domain/enums";
import { DMAIC_PHASE_LABELS, METHODOLOGY_LABELS, ORCHESTRATION_LABELS, STREAM_LABELS } from "@/lib/domain/vocabulary";

export interface ProposalDefaults {
  title: string;
  problem: string;
  stream: Stream;
  businessFunction: string | null;
  kpi: { code: string; name: string; unit: string; baseline: string; target: string; expectedImprovement: number } | null;
}

export function ProposeForm({ defaults, functions }: { defaults: ProposalDefaults; functions: { code: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(proposeInitiativeAction, idleFormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const pick = (name: string, fallback: string) => values[name] ?? fallback;
  return (
    <form action={action} className="grid gap-4 p-5 sm:grid-cols-2" noValidate>
      <FormMessage state={state} className="sm:col-span-2" />
      {defaults.kpi && (
        <div className="rounded-md bg-slate-50 p-3 text-sm sm:col-span-2" data-testid="proposal-kpi">
          <input type="hidden" name="kpiCode" value={defaults.kpi.code} />
          <p className="font-medium">{defaults.kpi.name}</p>
          <p className="text-slate-600">
            Baseline {defaults.kpi.baseline} · target {defaults.kpi.target}
          </p>
        </div>
      )}
      <div className="sm:col-span-2">
        <TextField name="title" label="Title" defaultValue={pick("title", defaults.title)} error={errors.title} required />
      </div>
      <div className="sm:col-span-2">
        <Field label="Problem statement" error={errors.problem}>
          <textarea name="problem" rows={3} defaultValue={pick("problem", defaults.problem)} aria-invalid={Boolean(errors.problem)} className={inputClass} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Root cause (required before approval)" error={errors.rootCause}>
          <textarea name="rootCause" rows={2} defaultValue={pick("rootCause", "")} className={inputClass} />
        </Field>
      </div>
      <Field label="Methodology" error={errors.methodology}>
        <select name="methodology" defaultValue={pick("methodology", "lean")} className={inputClass}>
          {METHODOLOGIES.map((methodology) => (
            <option key={methodology} value={methodology}>
              {METHODOLOGY_LABELS[methodology]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="DMAIC phase (Six Sigma only)" error={errors.dmaicPhase}>
        <select name="dmaicPhase" defaultValue={pick("dmaicPhase", "")} className={inputClass}>
          <option value="">—</option>
          {DMAIC_PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {DMAIC_PHASE_LABELS[phase]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Orchestration of IT assets" error={errors.orchestration}>
        <select name="orchestration" defaultValue={pick("orchestration", "")} className={inputClass}>
          <option value="">—</option>
          {ORCHESTRATIONS.map((orchestration) => (
            <option key={orchestration} value={orchestration}>
              {ORCHESTRATION_LABELS[orchestration]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Stream" error={errors.stream}>
        <select name="stream" defaultValue={pick("stream", defaults.stream)} className={inputClass}>
          {STREAMS.map((stream) => (
            <option key={stream} value={stream}>
              {STREAM_LABELS[stream]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Business function" error={errors.businessFunction}>
        <select name="businessFunction" defaultValue={pick("businessFunction", defaults.businessFunction ?? "")} className={inputClass}>
          <option value="">Firm-wide</option>
          {functions.map((fn) => (
            <option key={fn.code} value={fn.code}>
              {fn.name}
            </option>
          ))}
        </select>
      </Field>
      <TextField name="effortWeeks" label="Effort (person-weeks)" inputMode="decimal" defaultValue={pick("effortWeeks", "")} error={errors.effortWeeks} />
      <TextField
        name="timeCriticality"
        label="Time criticality (1–10)"
        inputMode="numeric"
        defaultValue={pick("timeCriticality", "5")}
        error={errors.timeCriticality}
      />
      <TextField
        name="riskReduction"
        label="Risk reduction (1–10)"
        inputMode="numeric"
        defaultValue={pick("riskReduction", "5")}
        error={errors.riskReduction}
      />
      <TextField name="targetDate" label="Target date" type="date" defaultValue={pick("targetDate", "")} error={errors.targetDate} />
      {defaults.kpi && (
        <TextField
          name="expectedImprovement"
          label={`Expected improvement (${defaults.kpi.unit}, towards the target)`}
          inputMode="decimal"
          defaultValue={pick("expectedImprovement", String(defaults.kpi.expectedImprovement))}
          error={errors.expectedImprovement}
        />
      )}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? "Proposing…" : "Propose initiative"}
        </button>
      </div>
    </form>
  );
}
