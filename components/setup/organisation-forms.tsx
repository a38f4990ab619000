"use client";

import { buttonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { createBusinessFunctionAction, createValueChainAction, updateBusinessFunctionAction, updateValueChainAction } from "@/lib/actions/organisation";

const CODE_HINT = "2–32 capitals, digits or dashes. Fixed once created: files and the API refer to it.";

function CodeField({ value, error, placeholder }: { value: string; error?: string; placeholder: string }) {
  return (
    <div>
      <TextField name="code" label="Code" defaultValue={value} error={error} placeholder={placeholder} autoCapitalize="characters" maxLength={32} required />
      <p className="mt-1 text-xs text-slate-500">{CODE_HINT}</p>
    </div>
  );
}

export function ValueChainCreateForm() {
  const form = useFormAnswer(createValueChainAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4 sm:grid-cols-[12rem_1fr]" aria-label="Add a value chain">
      <FormMessage state={form.state} className="sm:col-span-2" />
      <CodeField value={form.value("code")} error={form.error("code")} placeholder="RETAIL" />
      <TextField name="name" label="Name" defaultValue={form.value("name")} error={form.error("name")} placeholder="Retail banking" maxLength={120} required />
      <div className="sm:col-span-2">
        <TextAreaField
          name="description"
          label="Description (optional)"
          defaultValue={form.value("description")}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Adding…" : "Add value chain"}
        </button>
      </div>
    </form>
  );
}

export interface EditableChain {
  code: string;
  name: string;
  description: string;
  version: number;
}

export function ValueChainEditForm({ chain }: { chain: EditableChain }) {
  const form = useFormAnswer(updateValueChainAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3" aria-label={`Edit value chain ${chain.code}`}>
      <input type="hidden" name="code" value={chain.code} />
      <input type="hidden" name="version" value={chain.version} />
      <FormMessage state={form.state} />
      <TextField name="name" label="Name" defaultValue={form.value("name", chain.name)} error={form.error("name")} maxLength={120} />
      <TextAreaField
        name="description"
        label="Description"
        defaultValue={form.value("description", chain.description)}
        error={form.error("description")}
        maxLength={2000}
      />
      <div>
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Save value chain"}
        </button>
      </div>
    </form>
  );
}

export function BusinessFunctionCreateForm({ valueChain }: { valueChain: string }) {
  const form = useFormAnswer(createBusinessFunctionAction);
  return (
    <form
      action={form.formAction}
      key={form.key}
      noValidate
      className="grid gap-4 sm:grid-cols-[12rem_1fr]"
      aria-label={`Add a business function to ${valueChain}`}
    >
      <input type="hidden" name="valueChain" value={valueChain} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <CodeField value={form.value("code")} error={form.error("code")} placeholder="CARDS" />
      <TextField
        name="name"
        label="Name"
        defaultValue={form.value("name")}
        error={form.error("name")}
        placeholder="Cards and payments"
        maxLength={120}
        required
      />
      <div className="sm:col-span-2">
        <TextAreaField
          name="description"
          label="What it does and what it needs from IT (optional)"
          defaultValue={form.value("description")}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      {form.error("valueChain") && <p className="text-sm text-red-700 sm:col-span-2">{form.error("valueChain")}</p>}
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Adding…" : "Add business function"}
        </button>
      </div>
    </form>
  );
}

export interface EditableFunction {
  code: string;
  name: string;
  description: string;
  valueChain: string;
  version: number;
}

export function BusinessFunctionEditForm({ fn, chains }: { fn: EditableFunction; chains: { code: string; name: string }[] }) {
  const form = useFormAnswer(updateBusinessFunctionAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={`Edit business function ${fn.code}`}>
      <input type="hidden" name="code" value={fn.code} />
      <input type="hidden" name="version" value={fn.version} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <TextField name="name" label="Name" defaultValue={form.value("name", fn.name)} error={form.error("name")} maxLength={120} />
      <Field label="Value chain" error={form.error("valueChain")}>
        <select
          name="valueChain"
          defaultValue={form.value("valueChain", fn.valueChain)}
          className={inputClass}
          aria-invalid={Boolean(form.error("valueChain"))}
        >
          {chains.map((chain) => (
            <option key={chain.code} value={chain.code}>
              {chain.name} ({chain.code})
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <TextAreaField
          name="description"
          label="Description"
          defaultValue={form.value("description", fn.description)}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Save function"}
        </button>
      </div>
    </form>
  );
}
