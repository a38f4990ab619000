import type { ScoredKpi } from "./types";

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
