// Sub-level KPIs of supply management: process performance, each mapped to the process step it
// measures; owned by the owner of that process.
import { higherIsBetter, lowerIsBetter, PERCENT, withinBand, type KpiSeed } from "./kpi-seed";
import { stepKey } from "./process-catalogue";

const OPS = { layer: "supply", owner: "owner" } as const;
const DEV = { layer: "supply", owner: "owner2" } as const;

const OPERATIONS: readonly KpiSeed[] = [
  { ...OPS, scorecard: "operational", code: "S-CHG-SUCCESS", name: "Change success rate", unit: "%", ...higherIsBetter(97, 90), frequency: "weekly", indicatorType: "lagging", weight: 1, step: stepKey("PRC-CHG", 5),
    description: "Changes implemented without incident, back-out or unplanned outage.",
    history: { path: [[24, 87], [19, 88], [13, 96.5], [0, 98.4]], noise: 0.6, precision: 0.1, ...PERCENT, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "S-CHG-EMERG", name: "Emergency changes", unit: "% of changes", ...lowerIsBetter(5, 15), frequency: "monthly", indicatorType: "leading", weight: 0.5, step: stepKey("PRC-CHG", 3),
    description: "Changes pushed through the emergency route instead of the CAB: a predictor of failed changes.",
    history: { path: [[24, 11], [12, 6], [0, 3.6]], noise: 0.5, precision: 0.1, ...PERCENT, source: "import" } },
  { ...OPS, scorecard: "operational", code: "S-INC-MTTR", name: "Mean time to restore P1/P2 incidents", unit: "hours", ...lowerIsBetter(2, 6), frequency: "weekly", indicatorType: "lagging", weight: 1, step: stepKey("PRC-INC", 4),
    description: "Mean hours from detection to restored service for priority 1 and 2 incidents.",
    history: { path: [[24, 4.8], [0, 3.6]], noise: 0.4, precision: 0.1, min: 0.3, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "S-INC-P1", name: "Priority 1 incidents", unit: "incidents per month", ...lowerIsBetter(2, 6), frequency: "monthly", indicatorType: "lagging", weight: 0.7, step: stepKey("PRC-INC", 2),
    description: "Incidents classified P1: a critical business service down or unusable.",
    history: { path: [[24, 4], [0, 0.8]], noise: 0.6, precision: 1, min: 0, source: "import" } },
  { ...OPS, scorecard: "operational", code: "S-PRB-RCA", name: "Problems with root cause found within 30 days", unit: "%", ...higherIsBetter(80, 50), frequency: "monthly", indicatorType: "leading", weight: 0.7, step: stepKey("PRC-PRB", 2),
    description: "Share of problem records closed in the month whose root cause was confirmed within 30 days.",
    history: { path: [[24, 48], [0, 61]], noise: 3, precision: 1, ...PERCENT, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "S-PRB-REPEAT", name: "Repeat incidents", unit: "% of incidents", ...lowerIsBetter(5, 12), frequency: "monthly", indicatorType: "leading", weight: 1, step: stepKey("PRC-PRB", 4),
    description: "Incidents with the same cause as one in the previous 90 days: root causes are not being removed.",
    history: { path: [[24, 12.5], [12, 13.5], [0, 14.2]], noise: 0.4, precision: 0.1, ...PERCENT, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "S-SLM-REPORT", name: "Service reports delivered on time", unit: "%", ...higherIsBetter(98, 90), frequency: "monthly", indicatorType: "lagging", weight: 0.5, step: stepKey("PRC-SLM", 3),
    description: "Monthly service reports delivered to function heads by the fifth business day.",
    history: { path: [[24, 92], [8, 99.5], [0, 99.5]], noise: 0.6, precision: 0.5, ...PERCENT, source: "manual", staleFor: 4 } },
  { ...OPS, scorecard: "operational", code: "S-CAP-UTIL", name: "Trading compute grid utilisation", unit: "%", ...withinBand(60, 80, 10), frequency: "weekly", indicatorType: "leading", weight: 0.8, step: stepKey("PRC-CAP", 2),
    description: "Average utilisation in market hours; below the band is paid-for idle capacity, above it risks the peaks.",
    history: { path: [[24, 46], [12, 52], [0, 55]], noise: 1.5, precision: 1, ...PERCENT, source: "api" } },
  { ...OPS, scorecard: "strategic", code: "S-COST-UNIT", name: "Unit cost per compute core", unit: "USD per core-month", ...lowerIsBetter(38, 50), frequency: "quarterly", indicatorType: "lagging", weight: 1, step: stepKey("PRC-CAP", 3),
    description: "Fully loaded monthly cost of one compute core, hardware, licences, power and staff included.",
    history: { path: [[24, 52], [12, 45], [4, 36.5], [0, 36]], noise: 0.5, precision: 0.1, min: 10, source: "import" } },
];

const DEVELOPMENT: readonly KpiSeed[] = [
  { ...DEV, scorecard: "development", code: "S-NTA-CYCLE", name: "Technology assessment cycle time", unit: "weeks", ...lowerIsBetter(8, 16), frequency: "monthly", indicatorType: "leading", weight: 0.6, step: stepKey("PRC-NTA", 5),
    description: "Weeks from intake to an adopt / trial / park decision.",
    history: { path: [[24, 17], [12, 11], [0, 6.8]], noise: 0.5, precision: 0.1, min: 1, source: "manual" } },
  { ...DEV, scorecard: "development", code: "S-NPI-LEAD", name: "New product introduction lead time", unit: "weeks", ...lowerIsBetter(10, 18), frequency: "monthly", indicatorType: "lagging", weight: 1, step: stepKey("PRC-NPI", 4),
    description: "Weeks from pilot start to transition into mainstream operations.",
    history: { path: [[24, 22], [0, 13]], noise: 0.8, precision: 0.1, min: 2, source: "manual" } },
  { ...DEV, scorecard: "strategic", code: "S-SI-CYCLE", name: "Integration cycle time for trading and risk solutions", unit: "weeks", ...lowerIsBetter(6, 12), frequency: "monthly", indicatorType: "lagging", weight: 1, step: stepKey("PRC-SIN", 2),
    description: "Weeks to integrate and test a change end to end across trading and risk systems.",
    history: { path: [[24, 16], [12, 15.2], [0, 15.4]], noise: 0.5, precision: 0.1, min: 1, source: "manual" } },
  { ...DEV, scorecard: "development", code: "S-NPI-ADOPT", name: "Pilot users adopting within 90 days", unit: "%", ...higherIsBetter(60, 30), frequency: "quarterly", indicatorType: "lagging", weight: 0.8, step: stepKey("PRC-NPI", 5),
    description: "Share of intended users actively using a new product 90 days after its introduction.",
    history: { path: [[24, 25], [4, 67], [0, 69]], noise: 2, precision: 1, ...PERCENT, source: "manual" } },
  { ...DEV, scorecard: "development", code: "S-IPM-ROADMAP", name: "Roadmap items delivered as planned", unit: "%", ...higherIsBetter(80, 60), frequency: "quarterly", indicatorType: "lagging", weight: 0.7, step: stepKey("PRC-IPM", 1),
    description: "Share of the quarter's product-roadmap items delivered within the quarter.",
    history: { path: [[24, 62], [0, 74]], noise: 2.5, precision: 1, ...PERCENT, source: "manual", staleFor: 2 } },
  { ...DEV, scorecard: "strategic", code: "S-EXPLORE-SHARE", name: "Share of IT effort on exploration", unit: "%", ...withinBand(25, 40, 5), frequency: "monthly", indicatorType: "leading", weight: 0.8, step: stepKey("PRC-IPM", 3),
    description: "Booked effort on exploratory work; the band follows the demand profiles' target mixes.",
    history: { path: [[24, 14], [15, 16], [9, 24], [0, 30]], noise: 1, precision: 1, ...PERCENT, source: "import" } },
  { layer: "supply", owner: "cto", scorecard: "strategic", code: "S-DPR-CURRENT", name: "Business functions with a current demand profile", unit: "% of functions", ...higherIsBetter(100, 80), frequency: "quarterly", indicatorType: "leading", weight: 0.6, step: stepKey("PRC-DPR", 5),
    description: "Functions whose demand profile was reviewed in the last twelve months.",
    history: { path: [[24, 60], [15, 60], [12, 80], [3, 100], [0, 100]], noise: 0, precision: 20, ...PERCENT, source: "manual" } },
];

export const SUPPLY_KPIS: readonly KpiSeed[] = [...OPERATIONS, ...DEVELOPMENT];
