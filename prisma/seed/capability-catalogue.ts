// Capabilities the supply processes need, split TOGAF-style into people, process and technology,
// and the coordination mechanisms of seed 001 around the shared processes. Plain data.
import type { CapabilityKind, CoordinationKind } from "@/lib/generated/prisma/client";
import type { DemoPersona } from "./types";

export interface CapabilitySeed {
  code: string;
  name: string;
  kind: CapabilityKind;
  description: string;
  /** The level of its latest assessment; the seed writes a history that ends there. */
  currentMaturity: number;
  targetMaturity: number;
  process: string;
  owner: DemoPersona;
}

export const CAPABILITIES: readonly CapabilitySeed[] = [
  {
    code: "CAP-ITIL",
    name: "ITIL-certified service staff",
    kind: "people",
    description: "Service desk and resolver staff trained and certified in ITIL 4.",
    currentMaturity: 3,
    targetMaturity: 4,
    process: "PRC-INC",
    owner: "owner",
  },
  {
    code: "CAP-CHGPROC",
    name: "Change management process",
    kind: "process",
    description: "Risk-scored, calendar-aware change process with post-implementation reviews.",
    currentMaturity: 4,
    targetMaturity: 4,
    process: "PRC-CHG",
    owner: "owner",
  },
  {
    code: "CAP-MONITOR",
    name: "Monitoring and event correlation",
    kind: "technology",
    description: "End-to-end monitoring of critical services with correlated alerts.",
    currentMaturity: 2,
    targetMaturity: 4,
    process: "PRC-INC",
    owner: "owner",
  },
  {
    code: "CAP-RCA",
    name: "Root-cause analysis skills",
    kind: "people",
    description: "Problem managers trained as Six Sigma green belts.",
    currentMaturity: 1,
    targetMaturity: 3,
    process: "PRC-PRB",
    owner: "owner",
  },
  {
    code: "CAP-CMDB",
    name: "Configuration management database",
    kind: "technology",
    description: "Accurate configuration items and service maps for impact assessment.",
    currentMaturity: 3,
    targetMaturity: 4,
    process: "PRC-CHG",
    owner: "owner",
  },
  {
    code: "CAP-SLMAUTO",
    name: "Service-level reporting automation",
    kind: "technology",
    description: "Service reports generated from monitoring data instead of spreadsheets.",
    currentMaturity: 2,
    targetMaturity: 3,
    process: "PRC-SLM",
    owner: "owner",
  },
  {
    code: "CAP-FINOPS",
    name: "IT cost transparency (FinOps)",
    kind: "process",
    description: "Spend tagged to services and business functions; unit costs known.",
    currentMaturity: 3,
    targetMaturity: 4,
    process: "PRC-CAP",
    owner: "owner",
  },
  {
    code: "CAP-TESTAUTO",
    name: "Automated regression testing",
    kind: "technology",
    description: "Regression suites that run on every build for trading, risk and finance flows.",
    currentMaturity: 2,
    targetMaturity: 4,
    process: "PRC-SIN",
    owner: "owner2",
  },
  {
    code: "CAP-STREAM",
    name: "Real-time event streaming platform",
    kind: "technology",
    description: "Trade and market-data events streamed to risk engines instead of end-of-day files.",
    currentMaturity: 1,
    targetMaturity: 4,
    process: "PRC-SIN",
    owner: "owner2",
  },
  {
    code: "CAP-ARCH",
    name: "Integration architects",
    kind: "people",
    description: "Architects who can integrate new solutions with trading and risk systems.",
    currentMaturity: 2,
    targetMaturity: 4,
    process: "PRC-SIN",
    owner: "owner2",
  },
  {
    code: "CAP-PRODMGR",
    name: "Internal product managers",
    kind: "people",
    description: "Named product managers facing each business function.",
    currentMaturity: 2,
    targetMaturity: 3,
    process: "PRC-IPM",
    owner: "owner2",
  },
  {
    code: "CAP-SECOND",
    name: "Operations secondment to exploration",
    kind: "people",
    description: "Operations staff seconded into assessments so new technology transitions smoothly.",
    currentMaturity: 2,
    targetMaturity: 3,
    process: "PRC-NTA",
    owner: "owner2",
  },
  {
    code: "CAP-DEMAND",
    name: "Demand profiling method",
    kind: "process",
    description: "A repeatable method to profile demand per business function.",
    currentMaturity: 3,
    targetMaturity: 4,
    process: "PRC-DPR",
    owner: "cto",
  },
];

export interface CoordinationSeed {
  code: string;
  name: string;
  kind: CoordinationKind;
  purpose: string;
  cadence: string;
  participants: string[];
  process: string;
  lead: DemoPersona;
}

export const COORDINATION_MECHANISMS: readonly CoordinationSeed[] = [
  {
    code: "CM-DPR-REF",
    name: "Business function reference group",
    kind: "reference_group",
    purpose: "Function heads review development ideas and the demand profiles with IT.",
    cadence: "Twice a year",
    participants: ["Heads of Sales, Trading, Risk, Accounting and HR", "CTO", "Process owners"],
    process: "PRC-DPR",
    lead: "cto",
  },
  {
    code: "CM-SIN-COLLAB",
    name: "Trading and risk collaboration group",
    kind: "collaboration_group",
    purpose: "Desks, risk managers and integration engineers test new solutions from the end users' point of view.",
    cadence: "Fortnightly",
    participants: ["Trading desk leads", "Market risk", "Integration architects", "Operations secondee"],
    process: "PRC-SIN",
    lead: "owner2",
  },
  {
    code: "CM-IPM-CORE",
    name: "Ambidexterity core group",
    kind: "core_group",
    purpose: "Takes responsibility for developing the shared processes between IT and the business.",
    cadence: "Weekly",
    participants: ["CTO", "Head of IT Operations", "Head of IT Product & Innovation", "Business relationship managers"],
    process: "PRC-IPM",
    lead: "cto",
  },
  {
    code: "CM-SLM-FEEDBACK",
    name: "Service feedback channel",
    kind: "feedback_channel",
    purpose: "Feedback forms in the service portal and CRM; ideas reach the owners of the processes they concern.",
    cadence: "Continuous",
    participants: ["All business users", "Service desk", "Service-level managers"],
    process: "PRC-SLM",
    lead: "owner",
  },
  {
    code: "CM-NPI-WORKSHOP",
    name: "Process modelling and simulation workshop",
    kind: "modelling_workshop",
    purpose: "Model and simulate a shared process end to end with the business, so the model becomes a boundary object.",
    cadence: "Quarterly, facilitated by a third party",
    participants: ["Process owners", "Function representatives", "External facilitator"],
    process: "PRC-NPI",
    lead: "owner2",
  },
  {
    code: "CM-CAP-PARTNER",
    name: "Data-centre partner collaboration group",
    kind: "collaboration_group",
    purpose: "Coordinates change and capacity with the outsourced data-centre partner (allocating and coordinating IT resources with partners).",
    cadence: "Monthly",
    participants: ["Capacity manager", "Change manager", "Partner service manager"],
    process: "PRC-CAP",
    lead: "owner",
  },
];
