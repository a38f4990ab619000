// The board pack's "red items": what is off track anywhere in a scorecard's drill-down, and how it was reached.
import type { ScoredKpi, Scorecard, ScorecardKind } from "./types";

export interface RedItem {
  node: ScoredKpi;
  /** The chain of KPI names from the top-level KPI down to this one. */
  path: string[];
}

/** Every red KPI in the drill-down trees, each once, with the path by which it was reached first. */
export function redItems(roots: ScoredKpi[]): RedItem[] {
  const seen = new Set<number>();
  const found: RedItem[] = [];
  const visit = (node: ScoredKpi, path: string[]) => {
    const here = [...path, node.kpi.name];
    if (node.status === "red" && !seen.has(node.kpi.id)) {
      seen.add(node.kpi.id);
      found.push({ node, path: here });
    }
    for (const child of node.children) visit(child, here);
  };
  for (const root of roots) visit(root, []);
  return found;
}

/** The top-level KPIs of several scorecards that are off track, then at risk, worst score first. */
export function attentionList(cards: readonly Scorecard[], limit: number): { node: ScoredKpi; kind: ScorecardKind }[] {
  return cards
    .flatMap((card) => card.kpis.map((node) => ({ node, kind: card.kind })))
    .filter(({ node }) => node.status === "red" || node.status === "amber")
    .sort((a, b) => (a.node.score ?? 0) - (b.node.score ?? 0))
    .slice(0, limit);
}
