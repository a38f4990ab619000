// Turning the example catalogue (the demo organisation's model as of one day) into a starting
// point for a new organisation: its dates move by whole months to today's month, so priorities
// and profiles stand where they stood relative to then, and everything a person owns, is
// accountable for or leads becomes the importer's. Teams start empty. Pure data in, data out.

type Json = unknown;
type Entry = Record<string, Json>;

const PERSON_FIELDS = new Set(["ownerEmail", "accountableEmail", "leadEmail"]);
const DATE_FIELDS = new Set(["effectiveFrom", "startsOn", "endsOn"]);

/** `iso` moved by `months`, keeping the day of the month where the month has it (31 Jan + 1 → 28/29 Feb). */
export function shiftByMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** Whole months from the month of `from` (YYYY-MM-DD) to the month of `to`. */
export function monthsBetween(from: string, to: Date): number {
  const [year, month] = from.split("-").map(Number) as [number, number];
  return (to.getUTCFullYear() - year) * 12 + (to.getUTCMonth() + 1 - month);
}

function rewrite(value: Json, key: string | null, months: number, email: string): Json {
  if (Array.isArray(value)) return key === "members" ? [] : value.map((item) => rewrite(item, null, months, email));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value as Entry).map(([field, inner]) => [field, rewrite(inner, field, months, email)]));
  }
  if (key !== null && PERSON_FIELDS.has(key) && typeof value === "string") return email;
  if (key !== null && DATE_FIELDS.has(key) && typeof value === "string") return shiftByMonths(value, months);
  return value;
}

export function startingPoint(example: object, options: { from: string; to: Date; email: string }): Entry {
  return rewrite(example, null, monthsBetween(options.from, options.to), options.email) as Entry;
}
