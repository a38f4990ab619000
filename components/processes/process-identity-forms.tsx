"use client";

// What a process is and who owns it: set when it is created and changed by those who appoint
// process owners. Its documentation is the owner's (process-edit-form.tsx).
import { buttonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { changeProcessIdentityAction, createProcessAction } from "@/lib/actions/processes";
import type { Assignable } from "./assignable";

const KINDS = [
  { value: "exploit", label: "Exploit", hint: "Runs and improves what exists (ITIL, COBIT, eTOM)." },
  { value: "explore", label: "Explore", hint: "Finds what comes next: scanning, experiments, new services." },
] as const;

type Answer = ReturnType<typeof useFormAnswer>;

function KindField({ form, current }: { form: Answer; current: string }) {
  const chosen = form.value("kind", current);
  const error = form.error("kind");
  return (
    <fieldset aria-describedby={error ? "process-kind-error" : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">Kind</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {KINDS.map((kind) => (
          <label
            key={kind.value}
            className="flex cursor-pointer gap-2 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name="kind" value={kind.value} defaultChecked={chosen === kind.value} className="mt-0.5" />
            <span>
              <span className="block font-medium text-slate-900">{kind.label}</span>
              <span className="block text-slate-600">{kind.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id="process-kind-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function OwnerField({ form, people, current }: { form: Answer; people: Assignable[]; current: string }) {
  // Process owners are the likeliest choice, so they come first (the rest: executives and administrators).
  const owners = people.filter((person) => person.role === "process_owner");
  const others = people.filter((person) => person.role !== "process_owner");
  return (
    <Field label="Process owner" error={form.error("ownerEmail")}>
      <select name="ownerEmail" defaultValue={form.value("ownerEmail", current)} className={inputClass} aria-invalid={Boolean(form.error("ownerEmail"))}>
        {current === "" && <option value="">Choose who owns it…</option>}
        {[
          { label: "Process owners", people: owners },
          { label: "Executives and administrators", people: others },
        ]
          .filter((group) => group.people.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.people.map((person) => (
                <option key={person.email} value={person.email}>
                  {person.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </Field>
  );
}

export function ProcessCreateForm({ people }: { people: Assignable[] }) {
  const form = useFormAnswer(createProcessAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4 p-5 sm:grid-cols-[12rem_1fr]" aria-label="New process">
      <FormMessage state={form.state} className="sm:col-span-2" />
      <div>
        <TextField
          name="code"
          label="Code"
          defaultValue={form.value("code")}
          error={form.error("code")}
          placeholder="PRC-CHG"
          autoCapitalize="characters"
          maxLength={32}
          required
        />
        <p className="mt-1 text-xs text-slate-500">Fixed once created: supply KPIs name its steps as CODE#position.</p>
      </div>
      <TextField
        name="name"
        label="Name"
        defaultValue={form.value("name")}
        error={form.error("name")}
        placeholder="Change management"
        maxLength={120}
        required
      />
      <div className="sm:col-span-2">
        <KindField form={form} current="exploit" />
      </div>
      <TextField
        name="framework"
        label="Framework (optional)"
        defaultValue={form.value("framework")}
        error={form.error("framework")}
        placeholder="ITIL 4"
        maxLength={60}
      />
      <OwnerField form={form} people={people} current="" />
      <div className="sm:col-span-2">
        <TextAreaField
          name="purpose"
          label="Purpose (optional)"
          rows={3}
          defaultValue={form.value("purpose")}
          error={form.error("purpose")}
          maxLength={2000}
          placeholder="Protect production while letting change flow."
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Creating…" : "Create process"}
        </button>
      </div>
    </form>
  );
}

export interface ProcessIdentity {
  code: string;
  version: number;
  name: string;
  kind: string;
  framework: string;
  ownerEmail: string;
}

export function ProcessIdentityForm({ process, people }: { process: ProcessIdentity; people: Assignable[] }) {
  const form = useFormAnswer(changeProcessIdentityAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4 p-5 sm:grid-cols-2" aria-label="Process and owner">
      <input type="hidden" name="code" value={process.code} />
      <input type="hidden" name="version" value={process.version} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <TextField name="name" label="Name" defaultValue={form.value("name", process.name)} error={form.error("name")} maxLength={120} />
      <TextField name="framework" label="Framework" defaultValue={form.value("framework", process.framework)} error={form.error("framework")} maxLength={60} />
      <div className="sm:col-span-2">
        <KindField form={form} current={process.kind} />
      </div>
      <OwnerField form={form} people={people} current={process.ownerEmail} />
      <div className="flex items-end">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Save process and owner"}
        </button>
      </div>
    </form>
  );
}
