// Top-level KPIs: defined in business terms and each anchored in a business priority, owned by the
// CTO (who owns demand management). One group per balanced scorecard.
import { higherIsBetter, lowerIsBetter, PERCENT, type KpiSeed } from "./kpi-seed";

const TOP = { layer: "demand", owner: "cto", indicatorType: "lagging" } as const;

/** IT Strategic Balanced Scorecard: enablement of business priorities. */
const STRATEGIC: readonly KpiSeed[] = [
  { ...TOP, scorecard: "strategic", code: "D-ITCOST", name: "IT delivery cost against the baseline year", unit: "% of baseline", ...lowerIsBetter(80, 95), frequency: "monthly", weight: 0.3, priority: "PRI-COST",
    description: "Run-rate IT delivery cost as a share of the baseline year; top-level only because the firm mandates a 20% cost takedown.",
    history: { path: [[24, 101], [18, 100], [12, 96], [6, 91], [0, 88]], noise: 1.2, precision: 0.1, source: "import" } },
  { ...TOP, scorecard: "strategic", code: "D-IDRISK", name: "Intraday trade-risk refresh latency", unit: "minutes", ...lowerIsBetter(5, 30), frequency: "weekly", weight: 0.25, function: "TRD", priority: "PRI-INTRADAY",
    description: "Median delay between a trade and its effect on the desk's intraday risk figures.",
    history: { path: [[24, 62], [12, 45], [0, 42]], noise: 2.5, precision: 1, min: 1, source: "api" } },
  { ...TOP, scorecard: "strategic", code: "D-MOBILE", name: "Sales staff active on the mobile collaboration suite", unit: "%", ...higherIsBetter(85, 50), frequency: "monthly", weight: 0.15, function: "SAL", priority: "PRI-MOBILE",
    description: "Share of sales staff who used mobile messaging, collaboration or CRM in the month.",
    history: { path: [[24, 12], [18, 15], [12, 35], [6, 58], [0, 72]], noise: 2.5, precision: 1, ...PERCENT, source: "api" } },
  { ...TOP, scorecard: "strategic", code: "D-CLOSE", name: "Month-end close duration", unit: "business days", ...lowerIsBetter(3, 5), frequency: "monthly", weight: 0.15, function: "ACC", priority: "PRI-CLOSE",
    description: "Business days from month end until Accounting signs off the ledger.",
    history: { path: [[24, 5.6], [9, 5.4], [5, 3.2], [0, 2.7]], noise: 0.12, precision: 0.1, min: 1, source: "manual" } },
  { ...TOP, scorecard: "strategic", code: "D-REGREP", name: "Regulatory returns on time, first time", unit: "%", ...higherIsBetter(99, 95), frequency: "monthly", weight: 0.1, function: "RSK", priority: "PRI-REGREP",
    description: "Share of regulatory returns submitted by the deadline and not resubmitted.",
    history: { path: [[24, 96.5], [12, 98.4], [3, 99.6], [0, 99.6]], noise: 0.2, precision: 0.1, ...PERCENT, source: "manual" } },
  { ...TOP, scorecard: "strategic", code: "D-HRSS", name: "HR transactions through self-service", unit: "%", ...higherIsBetter(70, 40), frequency: "quarterly", weight: 0.05, function: "HR", priority: "PRI-HRSS",
    description: "Share of routine HR transactions (leave, expenses, data changes) completed by employees themselves.",
    history: { path: [[24, 28], [12, 33], [4, 57], [0, 60]], noise: 2, precision: 1, ...PERCENT, source: "manual" } },
];

/** IT Development Balanced Scorecard: alignment to user requirements. */
const DEVELOPMENT: readonly KpiSeed[] = [
  { ...TOP, scorecard: "development", code: "D-TTM", name: "Time to market for new business capability", unit: "weeks", ...lowerIsBetter(12, 20), frequency: "monthly", weight: 0.4, priority: "PRI-TTM",
    description: "Weeks from an approved business request to the capability in users' hands (median of the month's deliveries).",
    history: { path: [[24, 26], [12, 19], [0, 15]], noise: 1.2, precision: 0.1, min: 2, source: "manual" } },
  { ...TOP, scorecard: "development", code: "D-REQFIT", name: "Releases accepted without rework", unit: "%", ...higherIsBetter(90, 75), frequency: "monthly", weight: 0.3, priority: "PRI-ALIGN",
    description: "Share of business releases that users accepted without asking for rework within 30 days.",
    history: { path: [[24, 84], [0, 93]], noise: 1.2, precision: 0.1, ...PERCENT, source: "manual" } },
  { ...TOP, scorecard: "development", code: "D-USAT", name: "Business satisfaction with IT delivery", unit: "score (0–100)", ...higherIsBetter(75, 60), frequency: "quarterly", weight: 0.3, priority: "PRI-ALIGN",
    description: "Quarterly survey of function heads and key users on how well IT delivers what they need.",
    history: { path: [[24, 64], [4, 79], [0, 80]], noise: 1.2, precision: 1, ...PERCENT, source: "manual" } },
];

/** IT Operational Balanced Scorecard: satisfaction of service-level objectives. */
const OPERATIONAL: readonly KpiSeed[] = [
  { ...TOP, scorecard: "operational", code: "D-ACC-OUTAGE", name: "Unplanned outage on accounting platforms", unit: "minutes per month", ...lowerIsBetter(0, 60), frequency: "monthly", weight: 0.3, function: "ACC", priority: "PRI-CLOSE",
    description: "Minutes of unplanned outage of the ledger and consolidation clusters; the close needs zero.",
    history: { path: [[24, 45], [12, 20], [6, -8], [0, -14]], noise: 6, precision: 1, min: 0, source: "api" } },
  { ...TOP, scorecard: "operational", code: "D-SLA-MET", name: "Service-level objectives met", unit: "% of objectives", ...higherIsBetter(95, 85), frequency: "monthly", weight: 0.4, priority: "PRI-SLO",
    description: "Share of the service-level objectives agreed with business functions that were met in the month.",
    history: { path: [[24, 91], [12, 94], [0, 97.2]], noise: 0.5, precision: 0.1, ...PERCENT, source: "import" } },
  { ...TOP, scorecard: "operational", code: "D-TRD-AVAIL", name: "Trading platform availability in market hours", unit: "%", ...higherIsBetter(99.95, 99.7), frequency: "weekly", weight: 0.3, function: "TRD", priority: "PRI-SLO",
    description: "Availability of order management and pricing during exchange opening hours.",
    history: { path: [[24, 99.93], [6, 99.975], [0, 99.98]], noise: 0.008, precision: 0.01, ...PERCENT, source: "api" } },
];

export const DEMAND_KPIS: readonly KpiSeed[] = [...STRATEGIC, ...DEVELOPMENT, ...OPERATIONAL];
