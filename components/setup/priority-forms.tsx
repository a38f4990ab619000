"use client";

import { buttonClass, dangerButtonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { createPriorityAction, endPriorityAction, updatePriorityAction } from "@/lib/actions/priorities";

type FunctionChoice = { code: string; name: string };

export function PriorityCreateForm({ functions, today }: { functions: FunctionChoice[]; today: string }) {
  const form = useFormAnswer(createPriorityAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Add a business priority">
      <FormMessage state={form.state} className="sm:col-span-2 lg:col-span-4" />
      <TextField name="code" label="Code" defaultValue={form.value("code")} error={form.error("code")} placeholder="PRI-RESILIENCE" maxLength={32} />
      <div className="sm:col-span-1 lg:col-span-3">
        <TextField
          name="title"
          label="Title"
          defaultValue={form.value("title")}
          error={form.error("title")}
          placeholder="Stay open through any single outage"
          maxLength={160}
        />
      </div>
      <Field label="Belongs to" error={form.error("businessFunction")}>
        <select
          name="businessFunction"
          defaultValue={form.value("businessFunction")}
          className={inputClass}
          aria-invalid={Boolean(form.error("businessFunction"))}
        >
          <option value="">The whole firm</option>
          {functions.map((fn) => (
            <option key={fn.code} value={fn.code}>
              {fn.name} ({fn.code})
            </option>
          ))}
        </select>
      </Field>
      <TextField
        name="weight"
        label="Weight"
        type="number"
        inputMode="decimal"
        step="any"
        min="0"
        defaultValue={form.value("weight", "0.1")}
        error={form.error("weight")}
      />
      <TextField name="startsOn" label="In force from" type="date" defaultValue={form.value("startsOn", today)} error={form.error("startsOn")} />
      <TextField name="endsOn" label="Last day (blank: open-ended)" type="date" defaultValue={form.value("endsOn")} error={form.error("endsOn")} />
      <div className="sm:col-span-2 lg:col-span-4">
        <TextAreaField
          name="description"
          label="Why it matters (optional)"
          defaultValue={form.value("description")}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      <div className="sm:col-span-2 lg:col-span-4">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Adding…" : "Add priority"}
        </button>
      </div>
    </form>
  );
}

export interface EditablePriority {
  code: string;
  title: string;
  description: string;
  weight: number;
  startsOn: string;
  endsOn: string | null;
  version: number;
  /** Started before today: its first day is history. */
  started: boolean;
}

export function PriorityEditForm({ priority, yesterday }: { priority: EditablePriority; yesterday: string }) {
  const form = useFormAnswer(updatePriorityAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={`Edit priority ${priority.code}`}>
      <input type="hidden" name="code" value={priority.code} />
      <input type="hidden" name="version" value={priority.version} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <TextField name="title" label="Title" defaultValue={form.value("title", priority.title)} error={form.error("title")} maxLength={160} />
      </div>
      <TextField
        name="weight"
        label="Weight"
        type="number"
        inputMode="decimal"
        step="any"
        min="0"
        defaultValue={form.value("weight", String(priority.weight))}
        error={form.error("weight")}
      />
      <div>
        <TextField
          name="startsOn"
          label="In force from"
          type="date"
          readOnly={priority.started}
          defaultValue={form.value("startsOn", priority.startsOn)}
          error={form.error("startsOn")}
          aria-describedby={priority.started ? `${priority.code}-started` : undefined}
        />
        {priority.started && (
          <p id={`${priority.code}-started`} className="mt-1 text-xs text-slate-500">
            Fixed: past scorecards counted it from this day.
          </p>
        )}
      </div>
      <div>
        <TextField
          name="endsOn"
          label="Last day (blank: open-ended)"
          type="date"
          min={yesterday}
          defaultValue={form.value("endsOn", priority.endsOn ?? "")}
          error={form.error("endsOn")}
        />
        <p className="mt-1 text-xs text-slate-500">Yesterday or later; yesterday means it no longer counts from today.</p>
      </div>
      <div className="sm:col-span-2">
        <TextAreaField
          name="description"
          label="Why it matters"
          defaultValue={form.value("description", priority.description)}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Save priority"}
        </button>
      </div>
    </form>
  );
}

/**
 * Two steps, so a stray click cannot take a priority's KPIs off every scorecard. Stays mounted
 * after the priority ends (`canEnd` false) so its answer is still shown.
 */
export function EndPriorityButton({ code, version, kpiCount, canEnd }: { code: string; version: number; kpiCount: number; canEnd: boolean }) {
  const form = useFormAnswer(endPriorityAction);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  if (!confirming) {
    return (
      <div className="space-y-2">
        {canEnd && (
          <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
            End from today…
          </button>
        )}
        <FormMessage state={form.state} />
      </div>
    );
  }
  const kpis = kpiCount === 1 ? "its demand KPI leaves" : `its ${kpiCount} demand KPIs leave`;
  return (
    <form
      action={form.formAction}
      className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-3"
      onKeyDown={onKeyDown}
      aria-label={`End priority ${code}`}
    >
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <span className="text-sm text-red-900">
        {kpiCount > 0 ? `From today ${kpis} the scorecard score.` : "It stops counting from today."} Earlier days keep it.
      </span>
      <button ref={confirmRef} type="submit" disabled={form.pending} className={dangerButtonClass}>
        {form.pending ? "Ending…" : "Yes, end it"}
      </button>
      <button type="button" className={buttonClass} onClick={cancel}>
        Cancel
      </button>
    </form>
  );
}
