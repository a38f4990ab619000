// A labelled form control with its error message; the error also marks the control invalid.
export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 [&[readonly]]:bg-slate-100 [&[readonly]]:text-slate-600 aria-[invalid=true]:border-red-500";

export function Field({ label, error, children }: { label: string; error?: string; children: React.ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="mb-1.5 block font-medium text-slate-700">{label}</span>
      {children}
      {error && <span className="mt-1 block text-red-700">{error}</span>}
    </label>
  );
}

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; ref?: React.Ref<HTMLInputElement> };

export function TextField({ label, error, ...input }: InputProps) {
  return (
    <Field label={label} error={error}>
      <input {...input} aria-invalid={Boolean(error)} className={inputClass} />
    </Field>
  );
}

type TextAreaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string };

export function TextAreaField({ label, error, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} error={error}>
      <textarea rows={2} {...textarea} aria-invalid={Boolean(error)} className={inputClass} />
    </Field>
  );
}
