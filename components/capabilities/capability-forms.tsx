"use client";

// What a capability is: its kind, target maturity, the process that needs it and who develops it.
// The same fields create one and edit one; the code is fixed once created.
import { buttonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { changeCapabilityAction, createCapabilityAction } from "@/lib/actions/capabilities";
import { MATURITY_LABELS, MATURITY_LEVELS } from "@/lib/domain/maturity";
import type { Assignable } from "@/components/processes/assignable";

const KINDS = [
  { value: "people", label: "People", hint: "Skills, certification, staffing." },
  { value: "process", label: "Process", hint: "A practice defined, followed and improved." },
  { value: "technology", label: "Technology", hint: "Tooling and platforms that enable it." },
] as const;

export interface ProcessChoice {
  code: string;
  name: string;
}

export interface CapabilityValues {
  name: string;
  kind: string;
  description: string;
  targetMaturity: number;
  process: string;
  ownerEmail: string;
}

type Answer = ReturnType<typeof useFormAnswer>;

function DefinitionFields({
  form,
  values,
  processes,
  people,
  besideCode = false,
}: {
  form: Answer;
  values: CapabilityValues;
  processes: ProcessChoice[];
  people: Assignable[];
  /** On the create form the name sits beside the code; on the edit form it has the row to itself. */
  besideCode?: boolean;
}) {
  const kind = form.value("kind", values.kind);
  const kindError = form.error("kind");
  return (
    <>
      <div className={besideCode ? "" : "sm:col-span-2"}>
        <TextField name="name" label="Name" defaultValue={form.value("name", values.name)} error={form.error("name")} maxLength={120} required />
      </div>
      <fieldset className="sm:col-span-2" aria-describedby={kindError ? "capability-kind-error" : undefined}>
        <legend className="mb-1.5 text-sm font-medium text-slate-700">Kind</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {KINDS.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="kind" value={option.value} defaultChecked={kind === option.value} className="mt-0.5" />
              <span>
                <span className="block font-medium text-slate-900">{option.label}</span>
                <span className="block text-slate-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {kindError && (
          <p id="capability-kind-error" className="mt-1 text-sm text-red-700">
            {kindError}
          </p>
        )}
      </fieldset>
      <Field label="Target maturity" error={form.error("targetMaturity")}>
        <select name="targetMaturity" defaultValue={form.value("targetMaturity", String(values.targetMaturity))} className={inputClass}>
          {MATURITY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level} · {MATURITY_LABELS[level]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Process that needs it" error={form.error("process")}>
        <select name="process" defaultValue={form.value("process", values.process)} className={inputClass}>
          <option value="">None: organisation-wide</option>
          {processes.map((process) => (
            <option key={process.code} value={process.code}>
              {process.name} ({process.code})
            </option>
          ))}
        </select>
      </Field>
      <Field label="Owner" error={form.error("ownerEmail")}>
        <select name="ownerEmail" defaultValue={form.value("ownerEmail", values.ownerEmail)} className={inputClass}>
          <option value="">No owner yet</option>
          {people.map((person) => (
            <option key={person.email} value={person.email}>
              {person.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <TextAreaField
          name="description"
          label="Description (optional)"
          rows={3}
          defaultValue={form.value("description", values.description)}
          error={form.error("description")}
          maxLength={2000}
          placeholder="What having this capability means in practice."
        />
      </div>
    </>
  );
}

export function CapabilityCreateForm({ values, processes, people }: { values: CapabilityValues; processes: ProcessChoice[]; people: Assignable[] }) {
  const form = useFormAnswer(createCapabilityAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4 p-5 sm:grid-cols-2" aria-label="New capability">
      <FormMessage state={form.state} className="sm:col-span-2" />
      <div>
        <TextField
          name="code"
          label="Code"
          defaultValue={form.value("code")}
          error={form.error("code")}
          placeholder="CAP-AUTOMATION"
          autoCapitalize="characters"
          maxLength={32}
          required
        />
        <p className="mt-1 text-xs text-slate-500">Fixed once created: capability KPIs and files name it by its code.</p>
      </div>
      <DefinitionFields form={form} values={values} processes={processes} people={people} besideCode />
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Creating…" : "Create capability"}
        </button>
      </div>
    </form>
  );
}

export function CapabilityEditForm({
  code,
  version,
  values,
  processes,
  people,
}: {
  code: string;
  version: number;
  values: CapabilityValues;
  processes: ProcessChoice[];
  people: Assignable[];
}) {
  const form = useFormAnswer(changeCapabilityAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4 p-5 sm:grid-cols-2" aria-label="Capability">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <DefinitionFields form={form} values={values} processes={processes} people={people} />
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Save capability"}
        </button>
      </div>
    </form>
  );
}
