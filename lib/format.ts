const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : numberFormat.format(value);
}

/** A value with its unit: "%" and similar symbols hug the number, words get a space. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "—";
  const glued = unit === "%" || unit === "pp";
  return glued ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`.trim();
}

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

/** "1 KPI", "3 KPIs". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
