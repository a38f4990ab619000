// Which KPI may support which (docs/domain.md § KPIs and their links). Links run up the layers one
// step at a time: capability → supply → demand. Pure: the caller passes both KPIs and the links in
// force; the answer is "allowed" or a sentence naming both KPIs.
import type { Layer } from "./enums";

export interface LinkEnd {
  code: string;
  layer: Layer;
}

/** A link in force, by KPI code: `supporting` supports `supported`. */
export interface LinkEdge {
  supporting: string;
  supported: string;
}

export type LinkDecision = { allowed: true } | { allowed: false; reason: "wrong-direction" | "cycle"; message: string; path?: string[] };

/**
 * The layer each layer may support. Only the adjacent step up: a capability KPI skipping to a
 * demand KPI would break the drill-down from a red strategic KPI through the supply process to the
 * capability behind it; a same-layer link (supply → supply, demand → demand) would make one
 * process measure roll into another, or one business-priority KPI into another, which the layer
 * rules do not describe. Demand KPIs are the top: they support nothing.
 */
export const SUPPORTS_LAYER: Readonly<Record<Layer, Layer | null>> = { capability: "supply", supply: "demand", demand: null };

const LAYER_NAMES: Readonly<Record<Layer, string>> = { capability: "capability", supply: "supply", demand: "demand" };

/** Whether a KPI on `from` may support one on `to`. */
export function layerMaySupport(from: Layer, to: Layer): boolean {
  return SUPPORTS_LAYER[from] === to;
}

/**
 * The path from `start` to `goal` following links in force (supporting → supported), or null.
 * Adding `supporting → supported` closes a cycle exactly when `supported` already reaches `supporting`.
 */
export function pathBetween(edges: readonly LinkEdge[], start: string, goal: string): string[] | null {
  const next = new Map<string, string[]>();
  for (const { supporting, supported } of edges) next.set(supporting, [...(next.get(supporting) ?? []), supported]);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const node = queue.shift() as string;
    if (node === goal) {
      const path = [node];
      for (let at = node; at !== start;) {
        at = cameFrom.get(at) as string;
        path.unshift(at);
      }
      return path;
    }
    for (const to of next.get(node) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      cameFrom.set(to, node);
      queue.push(to);
    }
  }
  return null;
}

/** May `supporting` start supporting `supported`, given the links in force? */
export function decideLink(supporting: LinkEnd, supported: LinkEnd, edges: readonly LinkEdge[]): LinkDecision {
  if (supporting.code === supported.code) {
    return { allowed: false, reason: "cycle", message: `${supporting.code} cannot support itself.`, path: [supporting.code, supported.code] };
  }
  // The cycle check comes first so a loop is reported as one even between layers that would also be wrong.
  const back = pathBetween(edges, supported.code, supporting.code);
  if (back) {
    const path = [...back, supported.code];
    return {
      allowed: false,
      reason: "cycle",
      message: `${supporting.code} cannot support ${supported.code}: that would close a cycle (${path.join(" → ")}).`,
      path,
    };
  }
  if (!layerMaySupport(supporting.layer, supported.layer)) return { allowed: false, reason: "wrong-direction", message: wrongDirection(supporting, supported) };
  return { allowed: true };
}

function wrongDirection(supporting: LinkEnd, supported: LinkEnd): string {
  const from = `${supporting.code} is a ${LAYER_NAMES[supporting.layer]} KPI`;
  const to = `${supported.code} a ${LAYER_NAMES[supported.layer]} KPI`;
  const target = SUPPORTS_LAYER[supporting.layer];
  const rule = target ? `${LAYER_NAMES[supporting.layer]} KPIs support only ${LAYER_NAMES[target]} KPIs` : "demand KPIs are the top level and support nothing";
  return `${supporting.code} cannot support ${supported.code}: ${from} and ${to}, and ${rule} (capability → supply → demand).`;
}

/** A link weight is a positive, finite share of the roll-up. */
export function isLinkWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight > 0;
}
