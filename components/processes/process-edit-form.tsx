"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { primaryButtonClass } from "@/components/ui/buttons";
import { updateProcessDocumentationAction } from "@/lib/actions/processes";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { Field, inputClass } from "@/components/ui/field";
import { FREQUENCY_LABELS } from "@/lib/domain/vocabulary";
import type { Assignable } from "./assignable";

type Cadence = keyof typeof FREQUENCY_LABELS;

export interface EditableProcess {
  code: string;
  version: number;
  /** New monitoring actions start with the owner accountable. */
  ownerEmail: string;
  purpose: string;
  inputs: string[];
  outputs: string[];
  decisions: string[];
  roles: string[];
  steps: { id: number; name: string; description: string; kpiCodes: string[] }[];
  monitoring: { id: number; action: string; cadence: Cadence; accountableEmail: string }[];
}

type Person = Pick<Assignable, "email" | "label">;

/** `key` is only for React: new rows have no database id yet. */
type StepRow = { key: string; id?: number; name: string; description: string; kpiCodes: string[] };
type MonitoringRow = { key: string; id?: number; action: string; cadence: Cadence; accountableEmail: string };

const buttonClass =
  "inline-flex items-center gap-1 rounded-md px-2 py-1.5 text-xs font-medium ring-1 ring-inset ring-slate-200 hover:bg-slate-50 aria-disabled:opacity-40";

export function ProcessEditForm({ process, people }: { process: EditableProcess; people: Person[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProcessDocumentationAction, idleFormState);
  // Submitting by hand rather than through `action=` keeps React from resetting the form, so a
  // refused edit (e.g. a stale version) leaves the user's changes on screen.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  };
  return (
    <form onSubmit={submit} className="space-y-6 p-5" noValidate>
      <FormMessage state={state} />
      {/* A saved edit bumps the version; remounting then starts the editor from what was saved. */}
      <ProcessFields key={process.version} process={process} people={people} errors={state.fieldErrors ?? {}} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save process"}
      </button>
    </form>
  );
}

function ProcessFields({ process, people, errors }: { process: EditableProcess; people: Person[]; errors: Record<string, string> }) {
  const [purpose, setPurpose] = useState(process.purpose);
  const [steps, setSteps] = useState<StepRow[]>(() => process.steps.map((step) => ({ ...step, key: `s${step.id}` })));
  const [monitoring, setMonitoring] = useState<MonitoringRow[]>(() => process.monitoring.map((row) => ({ ...row, key: `m${row.id}` })));
  return (
    <>
      <input type="hidden" name="code" value={process.code} />
      <input type="hidden" name="version" value={process.version} />
      <input type="hidden" name="steps" value={JSON.stringify(steps.map(({ id, name, description }) => ({ id, name, description })))} />
      <input
        type="hidden"
        name="monitoring"
        value={JSON.stringify(monitoring.map(({ id, action, cadence, accountableEmail }) => ({ id, action, cadence, accountableEmail })))}
      />
      <Field label="Purpose" error={errors.purpose}>
        <textarea
          name="purpose"
          rows={3}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          className={inputClass}
          aria-invalid={Boolean(errors.purpose)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <LinesField name="inputs" label="Inputs (one per line)" initial={process.inputs} error={errors.inputs} />
        <LinesField name="outputs" label="Outputs (one per line)" initial={process.outputs} error={errors.outputs} />
        <LinesField name="decisions" label="Decisions (one per line)" initial={process.decisions} error={errors.decisions} />
        <LinesField name="roles" label="Roles (one per line)" initial={process.roles} error={errors.roles} />
      </div>
      <StepsEditor steps={steps} onChange={setSteps} error={errors.steps} />
      <MonitoringEditor rows={monitoring} people={people} ownerEmail={process.ownerEmail} onChange={setMonitoring} error={errors.monitoring} />
    </>
  );
}

function LinesField({ name, label, initial, error }: { name: string; label: string; initial: string[]; error?: string }) {
  const [text, setText] = useState(initial.join("\n"));
  return (
    <Field label={label} error={error}>
      <textarea name={name} rows={4} value={text} onChange={(e) => setText(e.target.value)} className={inputClass} aria-invalid={Boolean(error)} />
    </Field>
  );
}

function move<T>(rows: T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(from, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}

function StepsEditor({ steps, onChange, error }: { steps: StepRow[]; onChange: (steps: StepRow[]) => void; error?: string }) {
  const [announcement, setAnnouncement] = useState("");
  const added = useRef(0);
  const moveStep = (index: number, to: number) => {
    const step = steps[index];
    if (!step || to < 0 || to >= steps.length) return;
    onChange(move(steps, index, to));
    setAnnouncement(`${step.name || "Step"} moved to position ${to + 1} of ${steps.length}.`);
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Steps, in order</legend>
      {error && (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ol className="space-y-2">
        {steps.map((step, index) => (
          <li key={step.key} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 p-2">
            <span className="w-6 text-center text-xs font-semibold text-slate-500">{index + 1}</span>
            <input
              value={step.name}
              onChange={(e) => onChange(steps.map((s) => (s.key === step.key ? { ...s, name: e.target.value } : s)))}
              aria-label={`Step ${index + 1} name`}
              className={`${inputClass} min-w-48 flex-1`}
            />
            <button
              type="button"
              className={buttonClass}
              aria-disabled={index === 0}
              onClick={() => moveStep(index, index - 1)}
              aria-label={`Move step ${index + 1} up`}
            >
              <ArrowUp aria-hidden className="size-4" />
            </button>
            <button
              type="button"
              className={buttonClass}
              aria-disabled={index === steps.length - 1}
              onClick={() => moveStep(index, index + 1)}
              aria-label={`Move step ${index + 1} down`}
            >
              <ArrowDown aria-hidden className="size-4" />
            </button>
            <button
              type="button"
              className={buttonClass}
              onClick={() => onChange(steps.filter((s) => s.key !== step.key))}
              aria-label={`Remove step ${index + 1}`}
            >
              <Trash2 aria-hidden className="size-4" /> Remove
            </button>
            <input
              value={step.description}
              onChange={(e) => onChange(steps.map((s) => (s.key === step.key ? { ...s, description: e.target.value } : s)))}
              aria-label={`Step ${index + 1} description`}
              placeholder="What happens in this step (optional)"
              className={`${inputClass} basis-full sm:ml-8`}
            />
            {step.kpiCodes.length > 0 && (
              <p className="basis-full text-xs text-slate-500 sm:ml-8">
                KPIs mapped here: {step.kpiCodes.join(", ")}. To remove the step, map them to another step on each KPI&apos;s Edit definition page.
              </p>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={buttonClass}
        onClick={() => onChange([...steps, { key: `new${(added.current += 1)}`, name: "", description: "", kpiCodes: [] }])}
      >
        <Plus aria-hidden className="size-4" /> Add step
      </button>
    </fieldset>
  );
}

function MonitoringEditor({
  rows,
  people,
  ownerEmail,
  onChange,
  error,
}: {
  rows: MonitoringRow[];
  people: Person[];
  ownerEmail: string;
  onChange: (rows: MonitoringRow[]) => void;
  error?: string;
}) {
  const added = useRef(0);
  const update = (key: string, change: Partial<MonitoringRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">Monitoring actions and who is accountable</legend>
      <p className="text-xs text-slate-500">An action removed here is retired: its log stays on the process page.</p>
      {error && (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
      <ul className="space-y-2">
        {rows.map((row, index) => (
          <li key={row.key} className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[1fr_9rem_14rem_auto] sm:items-center">
            <input
              value={row.action}
              onChange={(e) => update(row.key, { action: e.target.value })}
              aria-label={`Monitoring action ${index + 1}`}
              className={inputClass}
            />
            <select
              value={row.cadence}
              onChange={(e) => update(row.key, { cadence: e.target.value as Cadence })}
              aria-label={`Cadence of monitoring action ${index + 1}`}
              className={inputClass}
            >
              {Object.entries(FREQUENCY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <select
              value={row.accountableEmail}
              onChange={(e) => update(row.key, { accountableEmail: e.target.value })}
              aria-label={`Accountable for monitoring action ${index + 1}`}
              className={inputClass}
            >
              {people.map((person) => (
                <option key={person.email} value={person.email}>
                  {person.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={`${buttonClass} justify-self-start`}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              aria-label={`Remove monitoring action ${index + 1}`}
            >
              <Trash2 aria-hidden className="size-4" /> Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={buttonClass}
        disabled={people.length === 0}
        onClick={() => onChange([...rows, { key: `new${(added.current += 1)}`, action: "", cadence: "monthly", accountableEmail: ownerEmail }])}
      >
        <Plus aria-hidden className="size-4" /> Add monitoring action
      </button>
    </fieldset>
  );
}
