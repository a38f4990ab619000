// The product's words for the domain's enumerations (see DOMAIN.md), in one place.

export const LAYER_LABELS = { demand: "Demand", supply: "Supply", capability: "Capability" } as const;

export const SCORECARD_LABELS = {
  strategic: "IT Strategic",
  development: "IT Development",
  operational: "IT Operational",
} as const;

/** What each balanced scorecard's top-level KPIs measure (seed 000). */
export const SCORECARD_PURPOSE = {
  strategic: "Enablement of business priorities",
  development: "Alignment to user requirements",
  operational: "Satisfaction of service-level objectives",
} as const;

export const FREQUENCY_LABELS = { weekly: "Weekly", monthly: "Monthly", quarterly: "Quarterly" } as const;

export const INDICATOR_LABELS = { leading: "Leading", lagging: "Lagging" } as const;

export const STREAM_LABELS = { exploit: "Exploit", explore: "Explore" } as const;

export const METHODOLOGY_LABELS = {
  lean: "Lean",
  six_sigma: "Six Sigma",
  dfss: "Design for Six Sigma",
  kaizen: "Kaizen",
} as const;

export const INITIATIVE_STATUS_LABELS = {
  proposed: "Proposed",
  triaged: "Triaged",
  approved: "Approved",
  in_progress: "In progress",
  done: "Done",
  rejected: "Rejected",
  deferred: "Deferred",
} as const;

export const RISK_TOLERANCE_LABELS = { low: "Low", medium: "Medium", high: "High" } as const;

export const AVAILABILITY_LABELS = { standard: "Standard", high: "High", critical: "Critical" } as const;

export const CHANGE_CADENCE_LABELS = {
  quarterly: "Quarterly",
  monthly: "Monthly",
  weekly: "Weekly",
  continuous: "Continuous",
} as const;

/** Where a function sits between control (0) and flexibility (100), in words. */
export function demandPosture(controlFlexibility: number): string {
  if (controlFlexibility <= 30) return "Control";
  if (controlFlexibility >= 70) return "Flexibility";
  return "Balanced";
}
