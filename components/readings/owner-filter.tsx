/** Chooses whose KPIs to show on My KPIs (administrators and executives): a GET form, no script. */
export function OwnerFilter({ owners, selected }: { owners: { email: string; name: string }[]; selected: string | null }) {
  return (
    <form method="get" action="/kpis/mine" className="flex items-end gap-2" aria-label="Whose KPIs">
      <label className="text-sm">
        <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-500">Owner</span>
        <select
          name="owner"
          defaultValue={selected ?? ""}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        >
          <option value="">Everyone (the whole organisation)</option>
          {owners.map((owner) => (
            <option key={owner.email} value={owner.email}>
              {owner.name} ({owner.email})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">
        Show
      </button>
    </form>
  );
}
