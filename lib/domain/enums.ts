// Every enumeration of the domain, written once. Types, zod schemas (z.enum), labels
// (Record<Type, string>) and the database (lib/db/enums.ts checks each against its Prisma enum)
// all derive from these arrays, so a value added here without the others fails the typecheck.
// The order of each array is the order the product lists the values in.

// ───────────────────────── KPIs and scorecards ─────────────────────────

export const LAYERS = ["demand", "supply", "capability"] as const;
export type Layer = (typeof LAYERS)[number];

export const SCORECARD_KINDS = ["strategic", "development", "operational"] as const;
export type ScorecardKind = (typeof SCORECARD_KINDS)[number];

export const DIRECTIONS = ["higher", "lower", "band"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How often a KPI is read; also the cadence of a process's monitoring actions. */
export const FREQUENCIES = ["weekly", "monthly", "quarterly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INDICATOR_TYPES = ["leading", "lagging"] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

/** How a reading got in: typed on its KPI's page, from a file, or through the API. */
export const READING_SOURCES = ["manual", "import", "api"] as const;
export type ReadingSource = (typeof READING_SOURCES)[number];

// ───────────────────────── evaluation (computed, never stored) ─────────────────────────

/** green: target met; amber: between target and red flag; red: past the red flag; none: no reading. */
export const STATUSES = ["green", "amber", "red", "none"] as const;
export type Status = (typeof STATUSES)[number];

export const TRENDS = ["improving", "flat", "worsening"] as const;
export type Trend = (typeof TRENDS)[number];

export const FORECAST_EVENTS = ["reaches-target", "crosses-red-flag"] as const;
export type ForecastEvent = (typeof FORECAST_EVENTS)[number];

// ───────────────────────── processes, teams and improvement ─────────────────────────

/** Exploitation or exploration: of a process, a team, or an initiative's stream of work. */
export const STREAMS = ["exploit", "explore"] as const;
export type Stream = (typeof STREAMS)[number];

export const INITIATIVE_STATUSES = ["proposed", "triaged", "approved", "in_progress", "done", "rejected", "deferred"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const METHODOLOGIES = ["lean", "six_sigma", "dfss", "kaizen"] as const;
export type Methodology = (typeof METHODOLOGIES)[number];

export const DMAIC_PHASES = ["define", "measure", "analyse", "improve", "control"] as const;
export type DmaicPhase = (typeof DMAIC_PHASES)[number];

/** How an initiative orchestrates IT assets (docs/domain.md). */
export const ORCHESTRATIONS = ["allocating", "structuring", "coordinating"] as const;
export type Orchestration = (typeof ORCHESTRATIONS)[number];

export const DECISION_KINDS = ["triage", "approve", "reject", "defer", "rank", "start", "complete", "reopen"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** TOGAF's split of the capabilities the supply processes need. */
export const CAPABILITY_KINDS = ["people", "process", "technology"] as const;
export type CapabilityKind = (typeof CAPABILITY_KINDS)[number];

/** Mechanisms that build ambidexterity with the customer network around a process (docs/domain.md). */
export const COORDINATION_KINDS = ["reference_group", "collaboration_group", "core_group", "feedback_channel", "modelling_workshop"] as const;
export type CoordinationKind = (typeof COORDINATION_KINDS)[number];

// ───────────────────────── business demand ─────────────────────────

export const RISK_TOLERANCES = ["low", "medium", "high"] as const;
export type RiskTolerance = (typeof RISK_TOLERANCES)[number];

export const AVAILABILITY_NEEDS = ["standard", "high", "critical"] as const;
export type AvailabilityNeed = (typeof AVAILABILITY_NEEDS)[number];

/** How often a business function can absorb change (its demand profile). */
export const CHANGE_CADENCES = ["quarterly", "monthly", "weekly", "continuous"] as const;
export type ChangeCadence = (typeof CHANGE_CADENCES)[number];

/** Who a user is to the product; what each may do is the permission matrix's (lib/auth/permissions.ts). */
export const ROLES = ["admin", "executive", "process_owner", "board_member", "viewer"] as const;
export type Role = (typeof ROLES)[number];
