// Editing a process's steps keeps the ids KPIs are mapped to: what an edit removes, and whether it
// may (a step with KPIs mapped to it stays until they are mapped elsewhere). Monitoring actions are
// edited the same way, so that their log stays attached.

export interface ExistingStep {
  id: number;
  name: string;
  kpis: readonly { code: string; name: string }[];
}

export type StepPlan =
  /** The edit names a step the process no longer has: it was made from an old page. */
  { kind: "stale" } | { kind: "blocked"; message: string } | { kind: "ok"; removedIds: number[] };

type Row = { id?: number | undefined };

/**
 * The existing rows an edited list leaves out; null when the list names a row that is no longer
 * there (it was made from an old page). Steps and monitoring actions are both edited this way.
 */
export function leftOut<T extends { id: number }>(existing: readonly T[], wanted: readonly Row[]): T[] | null {
  const existingIds = new Set(existing.map((row) => row.id));
  if (wanted.some((row) => row.id !== undefined && !existingIds.has(row.id))) return null;
  const keptIds = new Set(wanted.flatMap((row) => (row.id ? [row.id] : [])));
  return existing.filter((row) => !keptIds.has(row.id));
}

export function planStepEdit(existing: readonly ExistingStep[], wanted: readonly Row[]): StepPlan {
  const removed = leftOut(existing, wanted);
  if (removed === null) return { kind: "stale" };
  const blocked = removed.filter((step) => step.kpis.length > 0);
  if (blocked.length > 0) return { kind: "blocked", message: stepHasKpisMessage(blocked) };
  return { kind: "ok", removedIds: removed.map((step) => step.id) };
}

function stepHasKpisMessage(steps: readonly ExistingStep[]): string {
  const named = steps.map((step) => `"${step.name}" (${step.kpis.map((kpi) => `${kpi.name} ${kpi.code}`).join(", ")})`);
  return `A step with KPIs mapped to it cannot be removed: ${named.join("; ")}. Map those KPIs to another step first, or keep the step.`;
}
