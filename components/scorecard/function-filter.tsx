/** Chooses the business function whose view of the scorecard to show (a GET form, like as-of). */
export function FunctionFilter({
  basePath,
  functions,
  selected,
  asOf,
}: {
  basePath: string;
  functions: { code: string; name: string }[];
  selected: string | null;
  asOf: string | null;
}) {
  return (
    <form method="get" action={basePath} className="flex items-end gap-2" aria-label="View for a business function">
      {asOf && <input type="hidden" name="asOf" value={asOf} />}
      <label className="text-sm">
        <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">Business function</span>
        <select
          name="businessFunction"
          defaultValue={selected ?? ""}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        >
          <option value="">Whole firm</option>
          {functions.map((fn) => (
            <option key={fn.code} value={fn.code}>
              {fn.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">
        Apply
      </button>
    </form>
  );
}
