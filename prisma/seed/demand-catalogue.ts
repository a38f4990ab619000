// Business demand of the demo firm: an investment bank's value chains, business functions, their
// demand profiles over two years, and the business priorities that anchor the top-level KPIs.
// Plain data; dates are quarter offsets from the quarter containing the seed's `today`.
import type { AvailabilityNeed, ChangeCadence, RiskTolerance } from "@/lib/generated/prisma/client";

export const VALUE_CHAINS = [
  { code: "IB", name: "Investment banking", description: "Client coverage, trading and risk for the bank's markets business." },
  { code: "CORP", name: "Corporate services", description: "Finance, people and the control functions that support every business line." },
] as const;

export const BUSINESS_FUNCTIONS = [
  {
    code: "SAL",
    name: "Sales",
    valueChain: "IB",
    description: "Institutional sales and client coverage; wants flexibility: messaging, collaboration, mobility.",
  },
  { code: "TRD", name: "Trading", valueChain: "IB", description: "Equity, rates and derivatives trading desks; market-hours availability and low latency." },
  { code: "RSK", name: "Risk Management", valueChain: "IB", description: "Market and credit risk, end-of-day and intraday; regulatory reporting." },
  {
    code: "ACC",
    name: "Accounting",
    valueChain: "CORP",
    description: "General ledger, month-end close and financial reporting; tight control on high-availability clusters.",
  },
  { code: "HR", name: "Human Resources", valueChain: "CORP", description: "Payroll, compensation rounds and employee self-service for 9,000 staff." },
] as const;

export type BusinessFunctionCode = (typeof BUSINESS_FUNCTIONS)[number]["code"];

export interface DemandProfileSeed {
  function: BusinessFunctionCode;
  /** Quarters from today's quarter (−8 = two years ago). */
  fromQuarter: number;
  controlFlexibility: number;
  riskTolerance: RiskTolerance;
  availabilityNeed: AvailabilityNeed;
  changeCadence: ChangeCadence;
  users: number;
  transactionsPerDay: number;
  peakTimes: string;
  targetExploreShare: number;
  rationale: string;
}

const STRESS = "Economic stress review: the firm shifts IT emphasis from running to transforming the business.";

export const DEMAND_PROFILES: readonly DemandProfileSeed[] = [
  {
    function: "ACC",
    fromQuarter: -8,
    controlFlexibility: 15,
    riskTolerance: "low",
    availabilityNeed: "critical",
    changeCadence: "quarterly",
    users: 420,
    transactionsPerDay: 180_000,
    peakTimes: "Month-end close (last 3 business days), quarter- and year-end",
    targetExploreShare: 10,
    rationale: "Baseline profile: ledger and consolidation on high-availability clusters; changes only in quarterly windows.",
  },
  {
    function: "ACC",
    fromQuarter: -4,
    controlFlexibility: 15,
    riskTolerance: "low",
    availabilityNeed: "critical",
    changeCadence: "monthly",
    users: 410,
    transactionsPerDay: 195_000,
    peakTimes: "Close days 1–3 of each month; quarter-end",
    targetExploreShare: 12,
    rationale: `${STRESS} Accounting stays on control; monthly change windows to automate reconciliations for a 3-day close.`,
  },
  {
    function: "SAL",
    fromQuarter: -8,
    controlFlexibility: 65,
    riskTolerance: "medium",
    availabilityNeed: "high",
    changeCadence: "monthly",
    users: 1_200,
    transactionsPerDay: 60_000,
    peakTimes: "Market open 07:00–10:00 London; London/New York overlap",
    targetExploreShare: 30,
    rationale: "Baseline profile: CRM and market commentary; appetite for new collaboration tools.",
  },
  {
    function: "SAL",
    fromQuarter: -5,
    controlFlexibility: 80,
    riskTolerance: "high",
    availabilityNeed: "high",
    changeCadence: "weekly",
    users: 1_150,
    transactionsPerDay: 72_000,
    peakTimes: "Market open; client roadshows (mobile, off-site)",
    targetExploreShare: 45,
    rationale: `${STRESS} Client coverage must move to mobile and collaboration to defend revenue with fewer staff.`,
  },
  {
    function: "SAL",
    fromQuarter: -2,
    controlFlexibility: 82,
    riskTolerance: "high",
    availabilityNeed: "high",
    changeCadence: "continuous",
    users: 1_180,
    transactionsPerDay: 85_000,
    peakTimes: "Market open; earnings seasons",
    targetExploreShare: 50,
    rationale: "Mobile suite in production; continuous delivery of client-facing features.",
  },
  {
    function: "TRD",
    fromQuarter: -8,
    controlFlexibility: 40,
    riskTolerance: "medium",
    availabilityNeed: "critical",
    changeCadence: "monthly",
    users: 650,
    transactionsPerDay: 2_400_000,
    peakTimes: "Market open and close; US data releases 13:30 London",
    targetExploreShare: 25,
    rationale: "Baseline profile: order management and pricing must be up in market hours; changes at weekends.",
  },
  {
    function: "TRD",
    fromQuarter: -5,
    controlFlexibility: 55,
    riskTolerance: "medium",
    availabilityNeed: "critical",
    changeCadence: "monthly",
    users: 640,
    transactionsPerDay: 2_900_000,
    peakTimes: "Market open and close; index rebalancing days",
    targetExploreShare: 40,
    rationale: `${STRESS} Real-time intraday risk would let the desks offer new derivative combinations cost-effectively.`,
  },
  {
    function: "TRD",
    fromQuarter: -2,
    controlFlexibility: 60,
    riskTolerance: "medium",
    availabilityNeed: "critical",
    changeCadence: "weekly",
    users: 660,
    transactionsPerDay: 3_300_000,
    peakTimes: "Market open and close; triple-witching days",
    targetExploreShare: 45,
    rationale: "Weekly releases for pricing libraries; platform core stays under tight change control.",
  },
  {
    function: "RSK",
    fromQuarter: -8,
    controlFlexibility: 25,
    riskTolerance: "low",
    availabilityNeed: "critical",
    changeCadence: "monthly",
    users: 280,
    transactionsPerDay: 900_000,
    peakTimes: "End-of-day batch 18:00–02:00; regulatory submission dates",
    targetExploreShare: 15,
    rationale: "Baseline profile: end-of-day risk batch and regulatory returns; accuracy over speed.",
  },
  {
    function: "RSK",
    fromQuarter: -4,
    controlFlexibility: 35,
    riskTolerance: "low",
    availabilityNeed: "critical",
    changeCadence: "monthly",
    users: 300,
    transactionsPerDay: 1_400_000,
    peakTimes: "Intraday risk refresh in market hours; end-of-day batch; submission dates",
    targetExploreShare: 25,
    rationale: `${STRESS} Intraday risk and on-time regulatory reporting need new data technology.`,
  },
  {
    function: "HR",
    fromQuarter: -8,
    controlFlexibility: 45,
    riskTolerance: "medium",
    availabilityNeed: "standard",
    changeCadence: "quarterly",
    users: 9_000,
    transactionsPerDay: 15_000,
    peakTimes: "Annual compensation round (January); monthly payroll cut-off",
    targetExploreShare: 20,
    rationale: "Baseline profile: payroll under control; self-service still mostly e-mail and forms.",
  },
  {
    function: "HR",
    fromQuarter: -3,
    controlFlexibility: 55,
    riskTolerance: "medium",
    availabilityNeed: "standard",
    changeCadence: "monthly",
    users: 8_600,
    transactionsPerDay: 18_000,
    peakTimes: "Compensation round; restructuring waves",
    targetExploreShare: 30,
    rationale: "Headcount reductions under cost pressure: move HR transactions to mobile self-service.",
  },
];

export interface BusinessPrioritySeed {
  code: string;
  title: string;
  description: string;
  /** null: firm-wide. */
  function: BusinessFunctionCode | null;
  weight: number;
  startsQuarter: number;
  endsQuarter: number | null;
}

export const BUSINESS_PRIORITIES: readonly BusinessPrioritySeed[] = [
  {
    code: "PRI-COST",
    title: "Cut IT delivery cost 20% to lift the capital ratio",
    description: "Profit is the cheapest form of capital: IT savings go straight to the bottom line. Firm-wide mandate from the board.",
    function: null,
    weight: 0.25,
    startsQuarter: -6,
    endsQuarter: 2,
  },
  {
    code: "PRI-SLO",
    title: "Meet the service levels agreed with every business function",
    description: "Service-level objectives negotiated per function are met and reported on time.",
    function: null,
    weight: 0.1,
    startsQuarter: -8,
    endsQuarter: null,
  },
  {
    code: "PRI-TTM",
    title: "Halve time to market for new business capability",
    description: "Business change reaches users faster, and what is delivered is what users asked for.",
    function: null,
    weight: 0.1,
    startsQuarter: -6,
    endsQuarter: 4,
  },
  {
    code: "PRI-ALIGN",
    title: "IT delivery aligned to user requirements",
    description: "Users judge IT releases fit for purpose, without rework.",
    function: null,
    weight: 0.05,
    startsQuarter: -8,
    endsQuarter: null,
  },
  {
    code: "PRI-INTRADAY",
    title: "Real-time intraday trade risk",
    description: "Recalculate intraday risk in near real time so the desks can offer new derivative combinations of equity and debt securities.",
    function: "TRD",
    weight: 0.2,
    startsQuarter: -5,
    endsQuarter: 3,
  },
  {
    code: "PRI-MOBILE",
    title: "Mobile collaboration for client coverage",
    description: "Sales staff work with clients from anywhere: messaging, collaboration and CRM on mobile devices.",
    function: "SAL",
    weight: 0.1,
    startsQuarter: -5,
    endsQuarter: 2,
  },
  {
    code: "PRI-CLOSE",
    title: "Three-day month-end close with zero unplanned outage",
    description: "Accounting closes the books in three business days; ledger platforms have no unplanned outage.",
    function: "ACC",
    weight: 0.1,
    startsQuarter: -7,
    endsQuarter: null,
  },
  {
    code: "PRI-REGREP",
    title: "Regulatory reporting on time, first time",
    description: "Every regulatory return submitted by its deadline without resubmission.",
    function: "RSK",
    weight: 0.08,
    startsQuarter: -8,
    endsQuarter: null,
  },
  {
    code: "PRI-HRSS",
    title: "HR employee self-service",
    description: "Routine HR transactions move to self-service on mobile.",
    function: "HR",
    weight: 0.02,
    startsQuarter: -3,
    endsQuarter: 3,
  },
  {
    code: "PRI-DCEXIT",
    title: "Exit the legacy trading data centre",
    description: "Completed: trading moved to the new data centre; kept for history.",
    function: "TRD",
    weight: 0.05,
    startsQuarter: -8,
    endsQuarter: -5,
  },
];
