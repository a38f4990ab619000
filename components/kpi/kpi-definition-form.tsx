"use client";

import { useState } from "react";
import { primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { createKpiAction, updateKpiAction } from "@/lib/actions/kpi-definitions";
import { DIRECTIONS, FREQUENCIES, INDICATOR_TYPES, LAYERS, SCORECARD_KINDS, type Direction, type Layer } from "@/lib/domain/enums";
import { FREQUENCY_LABELS, INDICATOR_LABELS, LAYER_LABELS, SCORECARD_LABELS } from "@/lib/domain/vocabulary";
import type { KpiDefinitionJson } from "@/lib/schemas/kpi";

export interface KpiFormChoices {
  people: { email: string; name: string }[];
  functions: { code: string; name: string }[];
  priorities: { code: string; title: string; ended: boolean }[];
  steps: { ref: string; process: string; name: string }[];
  capabilities: { code: string; name: string }[];
}

const DIRECTION_LABELS: Record<Direction, string> = { higher: "Higher is better", lower: "Lower is better", band: "Within a band" };
const LAYER_HINTS: Record<Layer, string> = {
  demand: "What the business asked for; anchored in a business priority and shown at the top of a scorecard.",
  supply: "How a process performs; measures one of its steps and supports demand KPIs.",
  capability: "How mature a capability is; supports supply KPIs.",
};

type Options = readonly { value: string; label: string }[];

function Select({
  name,
  label,
  value,
  options,
  error,
  blank,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  options: Options;
  error?: string;
  blank?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <Field label={label} error={error}>
      <select
        name={name}
        defaultValue={value}
        className={inputClass}
        aria-invalid={Boolean(error)}
        onChange={onChange && ((event) => onChange(event.target.value))}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Options => values.map((value) => ({ value, label: labels[value] }));
const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T => values.find((known) => known === value) ?? fallback;

/**
 * Every field of a KPI's definition. The layer decides which reference it takes (priority, step or
 * capability) and the direction which thresholds; only those are shown, and the server clears the
 * others, so what is saved is what is seen.
 */
export function KpiDefinitionForm({ kpi, choices }: { kpi: KpiDefinitionJson | null; choices: KpiFormChoices }) {
  const form = useFormAnswer(kpi ? updateKpiAction : createKpiAction);
  const [layer, setLayer] = useState<Layer>(oneOf(LAYERS, form.value("layer", kpi?.layer), "supply"));
  const [direction, setDirection] = useState<Direction>(oneOf(DIRECTIONS, form.value("direction", kpi?.direction), "higher"));
  const value = (name: keyof KpiDefinitionJson, fallback = "") => {
    const current = kpi?.[name];
    return form.value(name, current === undefined || current === null ? fallback : String(current));
  };
  const error = form.error;
  return (
    <form action={form.formAction} key={form.key} noValidate className="space-y-6" aria-label={kpi ? `Edit KPI ${kpi.code}` : "New KPI"}>
      {kpi && <input type="hidden" name="code" value={kpi.code} />}
      {kpi && <input type="hidden" name="version" value={kpi.version} />}
      <FormMessage state={form.state} />
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">What it measures</legend>
        {kpi ? (
          <div className="text-sm">
            <p className="mb-1.5 font-medium text-slate-700">Code and layer</p>
            <p className="py-2 font-mono text-slate-900">
              {kpi.code} · {LAYER_LABELS[kpi.layer]}
            </p>
          </div>
        ) : (
          <>
            <TextField name="code" label="Code" defaultValue={form.value("code")} error={error("code")} placeholder="S-CHG-SUCCESS" maxLength={32} />
            <Select
              name="layer"
              label="Layer"
              value={layer}
              options={labelled(LAYERS, LAYER_LABELS)}
              error={error("layer")}
              onChange={(next) => setLayer(oneOf(LAYERS, next, layer))}
            />
          </>
        )}
        <div className={kpi ? "sm:col-span-1 lg:col-span-3" : "sm:col-span-2"}>
          <TextField name="name" label="Name" defaultValue={value("name")} error={error("name")} maxLength={160} placeholder="Change success rate" />
        </div>
        <p className="text-xs text-slate-500 sm:col-span-2 lg:col-span-4">{LAYER_HINTS[kpi?.layer ?? layer]}</p>
        <div className="sm:col-span-2 lg:col-span-4">
          <TextAreaField name="description" label="Description (optional)" defaultValue={value("description")} error={error("description")} maxLength={2000} />
        </div>
        <Select
          name="scorecard"
          label="Scorecard"
          value={value("scorecard", "operational")}
          options={labelled(SCORECARD_KINDS, SCORECARD_LABELS)}
          error={error("scorecard")}
        />
        <Select
          name="frequency"
          label="Reported"
          value={value("frequency", "monthly")}
          options={labelled(FREQUENCIES, FREQUENCY_LABELS)}
          error={error("frequency")}
        />
        <Select
          name="indicatorType"
          label="Indicator"
          value={value("indicatorType", "lagging")}
          options={labelled(INDICATOR_TYPES, INDICATOR_LABELS)}
          error={error("indicatorType")}
        />
        <TextField
          name="weight"
          label="Weight in its roll-up"
          type="number"
          inputMode="decimal"
          step="any"
          min="0"
          defaultValue={value("weight", "1")}
          error={error("weight")}
        />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Target</legend>
        <TextField name="unit" label="Unit" defaultValue={value("unit", "%")} error={error("unit")} maxLength={40} placeholder="%, hours, level (1–5)" />
        <Select
          name="direction"
          label="Direction"
          value={direction}
          options={labelled(DIRECTIONS, DIRECTION_LABELS)}
          error={error("direction")}
          onChange={(next) => setDirection(oneOf(DIRECTIONS, next, direction))}
        />
        {direction === "band" ? (
          <>
            <TextField name="bandLow" label="Band low" type="number" inputMode="decimal" step="any" defaultValue={value("bandLow")} error={error("bandLow")} />
            <TextField
              name="bandHigh"
              label="Band high"
              type="number"
              inputMode="decimal"
              step="any"
              defaultValue={value("bandHigh")}
              error={error("bandHigh")}
            />
            <TextField
              name="bandTolerance"
              label="Tolerance (amber)"
              type="number"
              inputMode="decimal"
              step="any"
              min="0"
              defaultValue={value("bandTolerance")}
              error={error("bandTolerance")}
            />
          </>
        ) : (
          <>
            <TextField name="target" label="Target" type="number" inputMode="decimal" step="any" defaultValue={value("target")} error={error("target")} />
            <TextField
              name="redFlag"
              label={direction === "higher" ? "Red flag (red below)" : "Red flag (red above)"}
              type="number"
              inputMode="decimal"
              step="any"
              defaultValue={value("redFlag")}
              error={error("redFlag")}
            />
          </>
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Who and where</legend>
        <Select
          name="ownerEmail"
          label="Owner (enters its readings)"
          value={value("ownerEmail")}
          blank="Choose an owner…"
          options={choices.people.map((person) => ({ value: person.email, label: `${person.name} (${person.email})` }))}
          error={error("ownerEmail")}
        />
        <Select
          name="businessFunction"
          label="Business function"
          value={value("businessFunction")}
          blank="Firm-wide"
          options={choices.functions.map((fn) => ({ value: fn.code, label: `${fn.name} (${fn.code})` }))}
          error={error("businessFunction")}
        />
        {(kpi?.layer ?? layer) === "demand" && (
          <Select
            name="businessPriority"
            label="Business priority it measures"
            value={value("businessPriority")}
            blank="Choose a priority…"
            options={choices.priorities.map((priority) => ({
              value: priority.code,
              label: `${priority.title} (${priority.code})${priority.ended ? " · ended" : ""}`,
            }))}
            error={error("businessPriority")}
          />
        )}
        {(kpi?.layer ?? layer) === "supply" && (
          <Select
            name="processStep"
            label="Process step it measures"
            value={value("processStep")}
            blank="Not mapped yet"
            options={choices.steps.map((step) => ({ value: step.ref, label: `${step.process} · ${step.name}` }))}
            error={error("processStep")}
          />
        )}
        {(kpi?.layer ?? layer) === "capability" && (
          <Select
            name="capability"
            label="Capability it measures"
            value={value("capability")}
            blank="None yet"
            options={choices.capabilities.map((capability) => ({ value: capability.code, label: `${capability.name} (${capability.code})` }))}
            error={error("capability")}
          />
        )}
      </fieldset>

      {kpi && (
        <TextAreaField
          name="reason"
          label="Why the definition changes (kept in its history)"
          defaultValue={form.value("reason")}
          error={error("reason")}
          maxLength={2000}
          placeholder="e.g. Target tightened after the Q3 cost review."
        />
      )}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Saving…" : kpi ? "Save definition" : "Create KPI"}
        </button>
        {error("body") && <p className="text-sm text-red-700">{error("body")}</p>}
      </div>
    </form>
  );
}
