// Editing a process's steps keeps the ids KPIs are mapped to: what an edit removes, and whether it
// may (a step with KPIs mapped to it stays until they are mapped elsewhere).

export interface ExistingStep {
  id: number;
  name: string;
  kpis: readonly { code: string; name: string }[];
}

export type StepPlan =
  /** The edit names a step the process no longer has: it was made from an old page. */
  { kind: "stale" } | { kind: "blocked"; message: string } | { kind: "ok"; removedIds: number[] };

export function planStepEdit(existing: readonly ExistingStep[], wanted: readonly { id?: number }[]): StepPlan {
  const existingIds = new Set(existing.map((step) => step.id));
  if (wanted.some((step) => step.id !== undefined && !existingIds.has(step.id))) return { kind: "stale" };
  const keptIds = new Set(wanted.flatMap((step) => (step.id ? [step.id] : [])));
  const removed = existing.filter((step) => !keptIds.has(step.id));
  const blocked = removed.filter((step) => step.kpis.length > 0);
  if (blocked.length > 0) return { kind: "blocked", message: stepHasKpisMessage(blocked) };
  return { kind: "ok", removedIds: removed.map((step) => step.id) };
}

function stepHasKpisMessage(steps: readonly ExistingStep[]): string {
  const named = steps.map((step) => `"${step.name}" (${step.kpis.map((kpi) => `${kpi.name} ${kpi.code}`).join(", ")})`);
  return `A step with KPIs mapped to it cannot be removed: ${named.join("; ")}. Map those KPIs to another step first, or keep the step.`;
}
