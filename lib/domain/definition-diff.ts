/** The fields of `after` whose value differs from `before` (all of them when there is no before), in `after`'s order. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>, ignore: readonly string[] = []): string[] {
  return Object.keys(after).filter((key) => !ignore.includes(key) && (before === null || JSON.stringify(before[key]) !== JSON.stringify(after[key])));
}
