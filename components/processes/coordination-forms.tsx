"use client";

// A process's coordination mechanisms with its customer network: add one, edit one, retire one
// (in two steps). Participants are written one per line: they are often groups outside IT.
import { useState } from "react";
import { buttonClass, dangerButtonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { changeCoordinationAction, createCoordinationAction, retireCoordinationAction } from "@/lib/actions/coordination";
import { COORDINATION_KINDS, type CoordinationKind } from "@/lib/domain/enums";
import { COORDINATION_LABELS, COORDINATION_PURPOSE } from "@/lib/domain/vocabulary";
import type { Assignable } from "./assignable";

export interface MechanismValues {
  name: string;
  kind: string;
  purpose: string;
  cadence: string;
  participants: string[];
  leadEmail: string;
}

type Answer = ReturnType<typeof useFormAnswer>;

const isCoordinationKind = (value: string): value is CoordinationKind => (COORDINATION_KINDS as readonly string[]).includes(value);

function MechanismFields({ form, values, people, idPrefix }: { form: Answer; values: MechanismValues; people: Assignable[]; idPrefix: string }) {
  const [kind, setKind] = useState(form.value("kind", values.kind));
  return (
    <>
      <TextField name="name" label="Name" defaultValue={form.value("name", values.name)} error={form.error("name")} maxLength={120} />
      <Field label="Kind" error={form.error("kind")}>
        <select
          name="kind"
          defaultValue={form.value("kind", values.kind)}
          onChange={(event) => setKind(event.target.value)}
          className={inputClass}
          aria-describedby={`${idPrefix}-kind-hint`}
        >
          {COORDINATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {COORDINATION_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <p id={`${idPrefix}-kind-hint`} className="text-xs text-slate-500 sm:col-span-2">
        {isCoordinationKind(kind) ? COORDINATION_PURPOSE[kind] : ""}
      </p>
      <TextField
        name="cadence"
        label="Cadence (optional)"
        defaultValue={form.value("cadence", values.cadence)}
        error={form.error("cadence")}
        maxLength={120}
        placeholder="Monthly"
      />
      <Field label="Lead (optional)" error={form.error("leadEmail")}>
        <select name="leadEmail" defaultValue={form.value("leadEmail", values.leadEmail)} className={inputClass}>
          <option value="">No lead named</option>
          {people.map((person) => (
            <option key={person.email} value={person.email}>
              {person.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <TextAreaField
          name="purpose"
          label="Purpose (optional)"
          rows={2}
          defaultValue={form.value("purpose", values.purpose)}
          error={form.error("purpose")}
          maxLength={1000}
        />
      </div>
      <div className="sm:col-span-2">
        <TextAreaField
          name="participants"
          label="Participants, one per line (optional)"
          rows={3}
          defaultValue={form.value("participants", values.participants.join("\n"))}
          error={form.error("participants")}
          placeholder={"Heads of Sales and Trading\nRelease manager"}
        />
      </div>
    </>
  );
}

const EMPTY: MechanismValues = { name: "", kind: "reference_group", purpose: "", cadence: "", participants: [], leadEmail: "" };

export function CoordinationCreateForm({ process, people }: { process: string; people: Assignable[] }) {
  const form = useFormAnswer(createCoordinationAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="New coordination mechanism">
      <input type="hidden" name="process" value={process} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <TextField
          name="code"
          label="Code"
          defaultValue={form.value("code")}
          error={form.error("code")}
          placeholder="CM-REL-REF"
          autoCapitalize="characters"
          maxLength={32}
        />
      </div>
      <MechanismFields form={form} values={EMPTY} people={people} idPrefix="new-mechanism" />
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Adding…" : "Add mechanism"}
        </button>
      </div>
    </form>
  );
}

export function CoordinationEditForm({ code, version, values, people }: { code: string; version: number; values: MechanismValues; people: Assignable[] }) {
  const form = useFormAnswer(changeCoordinationAction);
  return (
    <div className="space-y-4">
      <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={`Edit ${values.name}`}>
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="version" value={version} />
        <FormMessage state={form.state} className="sm:col-span-2" />
        <MechanismFields form={form} values={values} people={people} idPrefix={`mechanism-${code}`} />
        <div className="sm:col-span-2">
          <button type="submit" disabled={form.pending} className={buttonClass}>
            {form.pending ? "Saving…" : "Save mechanism"}
          </button>
        </div>
      </form>
      <RetireControl code={code} version={version} name={values.name} />
    </div>
  );
}

function RetireControl({ code, version, name }: { code: string; version: number; name: string }) {
  const form = useFormAnswer(retireCoordinationAction);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  return (
    <div className="space-y-2 border-t border-slate-200 pt-3">
      <FormMessage state={form.state} />
      {confirming ? (
        <form action={form.formAction} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="version" value={version} />
          <span className="text-sm text-slate-700">Retire {name}? It leaves this page and stays on record (the API can restore it).</span>
          <button ref={confirmRef} type="submit" disabled={form.pending} className={dangerButtonClass}>
            {form.pending ? "Retiring…" : "Yes, retire it"}
          </button>
          <button type="button" className={buttonClass} onClick={cancel}>
            Cancel
          </button>
        </form>
      ) : (
        <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
          Retire this mechanism…
        </button>
      )}
    </div>
  );
}
