// Per-function weights: a function's demand profile emphasises exploit or explore KPIs
// (docs/scoring.md § Weights per business function).
import type { KpiDefinition, KpiLink, Orientation } from "./types";

/**
 * Multiplier on a KPI's weight for a function at controlFlexibility cf (0 control … 100
 * flexibility): exploit × (1.5 − cf/100), explore × (0.5 + cf/100). At cf 50 both are 1, and the
 * two always sum to 2, so emphasis shifts weight between the streams without inflating either.
 * Unknown orientation, or no function / no profile (the firm-wide view), leaves the weight alone.
 */
export function emphasisFactor(orientation: Orientation | null, controlFlexibility: number | null): number {
  if (orientation === null || controlFlexibility === null || !Number.isFinite(controlFlexibility)) return 1;
  // The database keeps cf in 0–100; clamping keeps a bad value from zeroing or inverting weights.
  const cf = Math.min(100, Math.max(0, controlFlexibility)) / 100;
  return orientation === "exploit" ? 1.5 - cf : 0.5 + cf;
}

/**
 * Every KPI's orientation: its own when known, otherwise derived bottom-up from what supports it
 * — explore when the explore-oriented supporting weight (KPI weight × link weight) exceeds the
 * exploit-oriented one, exploit when less, null when equal or nothing is known. Links that would
 * close a cycle are ignored.
 */
export function deriveOrientations(kpis: readonly KpiDefinition[], links: readonly KpiLink[]): Map<number, Orientation | null> {
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const supporting = linksBySupported(links);
  const derived = new Map<number, Orientation | null>();
  const visiting = new Set<number>();
  const visit = (kpi: KpiDefinition): Orientation | null => {
    const known = derived.get(kpi.id);
    if (known !== undefined) return known;
    if (kpi.orientation !== null) return remember(derived, kpi.id, kpi.orientation);
    visiting.add(kpi.id);
    let balance = 0; // explore weight minus exploit weight
    for (const link of supporting.get(kpi.id) ?? []) {
      const child = byId.get(link.supportingId);
      if (!child || visiting.has(child.id)) continue;
      const orientation = visit(child);
      if (orientation !== null) balance += (orientation === "explore" ? 1 : -1) * child.weight * link.weight;
    }
    visiting.delete(kpi.id);
    return remember(derived, kpi.id, balance > 0 ? "explore" : balance < 0 ? "exploit" : null);
  };
  for (const kpi of kpis) visit(kpi);
  return derived;
}

function remember(map: Map<number, Orientation | null>, id: number, orientation: Orientation | null): Orientation | null {
  map.set(id, orientation);
  return orientation;
}

/** Links grouped by the KPI they support: a KPI's children in the drill-down. */
export function linksBySupported(links: readonly KpiLink[]): Map<number, KpiLink[]> {
  const grouped = new Map<number, KpiLink[]>();
  for (const link of links) {
    const list = grouped.get(link.supportedId);
    if (list) list.push(link);
    else grouped.set(link.supportedId, [link]);
  }
  return grouped;
}
