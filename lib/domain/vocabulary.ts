// The product's words for the domain's enumerations (docs/domain.md), in one place. Keyed by the
// enumerations' types (./enums), so a value added there without a label here fails the typecheck.
import type {
  AvailabilityNeed,
  CapabilityKind,
  CoordinationKind,
  ChangeCadence,
  DmaicPhase,
  Frequency,
  IndicatorType,
  InitiativeStatus,
  Layer,
  Methodology,
  Orchestration,
  RiskTolerance,
  ScorecardKind,
  Stream,
} from "./enums";

export const LAYER_LABELS: Record<Layer, string> = { demand: "Demand", supply: "Supply", capability: "Capability" };

export const SCORECARD_LABELS: Record<ScorecardKind, string> = {
  strategic: "IT Strategic",
  development: "IT Development",
  operational: "IT Operational",
};

/** What each balanced scorecard's top-level KPIs measure (seed 000). */
export const SCORECARD_PURPOSE: Record<ScorecardKind, string> = {
  strategic: "Enablement of business priorities",
  development: "Alignment to user requirements",
  operational: "Satisfaction of service-level objectives",
};

export const FREQUENCY_LABELS: Record<Frequency, string> = { weekly: "Weekly", monthly: "Monthly", quarterly: "Quarterly" };

export const INDICATOR_LABELS: Record<IndicatorType, string> = { leading: "Leading", lagging: "Lagging" };

export const STREAM_LABELS: Record<Stream, string> = { exploit: "Exploit", explore: "Explore" };

export const METHODOLOGY_LABELS: Record<Methodology, string> = {
  lean: "Lean",
  six_sigma: "Six Sigma",
  dfss: "Design for Six Sigma",
  kaizen: "Kaizen",
};

export const DMAIC_PHASE_LABELS: Record<DmaicPhase, string> = {
  define: "Define",
  measure: "Measure",
  analyse: "Analyse",
  improve: "Improve",
  control: "Control",
};

/** How an initiative orchestrates IT assets, as the proposal form offers it. */
export const ORCHESTRATION_LABELS: Record<Orchestration, string> = {
  allocating: "Allocating IT resources",
  structuring: "Structuring IT resources",
  coordinating: "Coordinating IT resources",
};

export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: "Proposed",
  triaged: "Triaged",
  approved: "Approved",
  in_progress: "In progress",
  done: "Done",
  rejected: "Rejected",
  deferred: "Deferred",
};

export const RISK_TOLERANCE_LABELS: Record<RiskTolerance, string> = { low: "Low", medium: "Medium", high: "High" };

export const AVAILABILITY_LABELS: Record<AvailabilityNeed, string> = { standard: "Standard", high: "High", critical: "Critical" };

export const CHANGE_CADENCE_LABELS: Record<ChangeCadence, string> = {
  quarterly: "Quarterly",
  monthly: "Monthly",
  weekly: "Weekly",
  continuous: "Continuous",
};

/** Where a function sits between control (0) and flexibility (100), in words. */
export function demandPosture(controlFlexibility: number): string {
  if (controlFlexibility <= 30) return "Control";
  if (controlFlexibility >= 70) return "Flexibility";
  return "Balanced";
}

export const CAPABILITY_KIND_LABELS: Record<CapabilityKind, string> = { people: "People", process: "Process", technology: "Technology" };

export const COORDINATION_LABELS: Record<CoordinationKind, string> = {
  reference_group: "Reference group",
  collaboration_group: "Collaboration group",
  core_group: "Core group",
  feedback_channel: "Feedback channel",
  modelling_workshop: "Modelling workshop",
};

/** What each mechanism is for, as the form offers it (docs/domain.md). */
export const COORDINATION_PURPOSE: Record<CoordinationKind, string> = {
  reference_group: "Business function heads review ideas and demand with IT.",
  collaboration_group: "End users and IT test new solutions together.",
  core_group: "Owns developing the shared processes between IT and the business.",
  feedback_channel: "A standing route for ideas and complaints to the process owners.",
  modelling_workshop: "Model and simulate a shared process end to end with the business.",
};
