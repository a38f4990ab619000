"use client";

import { useActionState, useId } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { buttonClass, dangerButtonClass, primaryButtonClass } from "@/components/ui/buttons";
import { FormMessage } from "@/components/ui/form-message";
import { formKey } from "@/components/ui/form-key";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { idleFormState, type FormState } from "@/lib/actions/form-state";
import { addKpiLinkAction, endKpiLinkAction, reweightKpiLinkAction } from "@/lib/actions/kpi-links";

/** One KPI this one supports: its weight, editable, and a two-step remove. */
export function KpiLinkRow({ code, supports, name, weight, since }: { code: string; supports: string; name: string; weight: number; since: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(reweightKpiLinkAction, idleFormState);
  const weightId = useId();
  const error = state.fieldErrors?.weight;
  return (
    <li className="flex flex-wrap items-end justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          {name} <span className="font-normal text-slate-500">· {supports}</span>
        </p>
        <p className="text-xs text-slate-500">In force since {since}</p>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <form action={action} className="flex items-end gap-2" noValidate key={formKey(state)}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="supports" value={supports} />
          <div className="w-24">
            <label htmlFor={weightId} className="mb-1 block text-xs font-medium text-slate-700">
              Weight for {supports}
            </label>
            <input
              id={weightId}
              name="weight"
              type="number"
              inputMode="decimal"
              step="any"
              min="0"
              defaultValue={state.values?.weight ?? String(weight)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${weightId}-error` : undefined}
              className={inputClass}
            />
          </div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Saving…" : "Re-weight"}
          </button>
        </form>
        <RemoveLinkButton code={code} supports={supports} />
      </div>
      {error && (
        <p id={`${weightId}-error`} className="w-full text-red-700">
          {error}
        </p>
      )}
      {state.message && !error && <FormMessage state={state} className="w-full" />}
    </li>
  );
}

/** Two steps, so a stray click or Enter cannot take a KPI out of a roll-up. */
function RemoveLinkButton({ code, supports }: { code: string; supports: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(endKpiLinkAction, idleFormState);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(state);
  if (!confirming) {
    return (
      <div className="space-y-1">
        <button ref={startRef} type="button" className={buttonClass} onClick={ask} aria-label={`Remove the link to ${supports}`}>
          Remove
        </button>
        {state.status === "error" && <FormMessage state={state} />}
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="supports" value={supports} />
      <span className="text-xs text-slate-700">Stop supporting {supports} from today?</span>
      <button ref={confirmRef} type="submit" disabled={pending} className={dangerButtonClass}>
        {pending ? "Removing…" : "Yes, remove"}
      </button>
      <button type="button" className={buttonClass} onClick={cancel}>
        Cancel
      </button>
    </form>
  );
}

/** "Add a link": the choice is limited to the layer this KPI may support, minus those it already supports. */
export function KpiLinkAddForm({ code, targetLabel, targets }: { code: string; targetLabel: string; targets: { code: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addKpiLinkAction, idleFormState);
  const values = state.status === "success" ? {} : (state.values ?? {});
  if (targets.length === 0) return <p className="text-slate-500">Every live {targetLabel.toLowerCase()} KPI is already linked.</p>;
  return (
    <section aria-labelledby="add-link-heading" className="border-t border-slate-100 pt-4">
      <h3 id="add-link-heading" className="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
        Add a link
      </h3>
      <FormMessage state={state} className="mb-3" />
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate key={formKey(state)}>
        <input type="hidden" name="code" value={code} />
        <div className="min-w-64 flex-1">
          <Field label={`${targetLabel} KPI it supports`} error={state.fieldErrors?.supports}>
            <select name="supports" defaultValue={values.supports ?? ""} aria-invalid={Boolean(state.fieldErrors?.supports)} className={inputClass} required>
              <option value="" disabled>
                Choose a KPI…
              </option>
              {targets.map((target) => (
                <option key={target.code} value={target.code}>
                  {target.code} · {target.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="w-28">
          <Field label="Weight" error={state.fieldErrors?.weight}>
            <input
              name="weight"
              type="number"
              inputMode="decimal"
              step="any"
              min="0"
              defaultValue={values.weight ?? "1"}
              aria-invalid={Boolean(state.fieldErrors?.weight)}
              className={inputClass}
            />
          </Field>
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Adding…" : "Add link"}
        </button>
      </form>
    </section>
  );
}
