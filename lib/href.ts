/** A path with a query string, leaving out parameters that are unset or empty. */
export function href(path: string, params: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** A KPI's page; codes are encoded because the database does not restrict their characters. */
export function kpiHref(code: string, asOf: string | null = null): string {
  return href(`/kpis/${encodeURIComponent(code)}`, { asOf });
}
