// Sub-level KPIs of capability management: maturity of the people, process and technology
// capabilities the supply processes need (TOGAF's split), each tied to its capability.
import { higherIsBetter, PERCENT, type KpiSeed } from "./kpi-seed";

const OPS = { layer: "capability", owner: "owner", indicatorType: "leading" } as const;
const DEV = { layer: "capability", owner: "owner2", indicatorType: "leading" } as const;

const OPERATIONS: readonly KpiSeed[] = [
  { ...OPS, scorecard: "operational", code: "C-ITIL-CERT", name: "Service staff certified in ITIL 4", unit: "%", ...higherIsBetter(80, 50), frequency: "quarterly", weight: 0.8, capability: "CAP-ITIL",
    description: "Share of service desk and resolver staff holding an ITIL 4 Foundation certificate or higher.",
    history: { path: [[24, 38], [12, 42], [8, 71], [4, 84], [0, 86]], noise: 1.2, precision: 1, ...PERCENT, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "C-CHG-MATURITY", name: "Change process maturity", unit: "level (1–5)", ...higherIsBetter(4, 2), frequency: "quarterly", weight: 1, capability: "CAP-CHGPROC",
    description: "Assessed maturity of change management (COBIT capability levels).",
    history: { path: [[24, 2], [18, 2], [14, 3], [6, 4], [0, 4]], noise: 0, precision: 1, min: 1, max: 5, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "C-MON-COVER", name: "Critical services under automated monitoring", unit: "%", ...higherIsBetter(95, 75), frequency: "monthly", weight: 1, capability: "CAP-MONITOR",
    description: "Critical business services with end-to-end synthetic and infrastructure monitoring.",
    history: { path: [[24, 70], [0, 86]], noise: 1.2, precision: 1, ...PERCENT, source: "api" } },
  { ...OPS, scorecard: "operational", code: "C-RCA-BELTS", name: "Problem managers with a Six Sigma green belt", unit: "%", ...higherIsBetter(60, 25), frequency: "quarterly", weight: 1, capability: "CAP-RCA",
    description: "Share of problem managers trained and certified for DMAIC root-cause analysis.",
    history: { path: [[24, 8], [0, 17]], noise: 0.8, precision: 1, ...PERCENT, source: "manual" } },
  { ...OPS, scorecard: "operational", code: "C-CMDB-ACCURACY", name: "CMDB accuracy in audited samples", unit: "%", ...higherIsBetter(95, 85), frequency: "monthly", weight: 0.6, capability: "CAP-CMDB",
    description: "Configuration items that match reality in a monthly random audit of 200 items.",
    history: { path: [[24, 88], [0, 91]], noise: 1, precision: 0.5, ...PERCENT, source: "manual", staleFor: 5 } },
  { ...OPS, scorecard: "operational", code: "C-SLM-AUTO", name: "Service reports generated automatically", unit: "%", ...higherIsBetter(90, 50), frequency: "quarterly", weight: 0.6, capability: "CAP-SLMAUTO",
    description: "Share of monthly service reports produced from monitoring data without spreadsheet work.",
    history: { path: [[24, 30], [4, 58], [0, 60]], noise: 2, precision: 1, ...PERCENT, source: "manual" } },
  { ...OPS, scorecard: "strategic", code: "C-FINOPS-TAGGED", name: "Infrastructure spend tagged to a business function", unit: "%", ...higherIsBetter(95, 70), frequency: "monthly", weight: 1, capability: "CAP-FINOPS",
    description: "Share of infrastructure spend attributable to a business function, so cost follows demand.",
    history: { path: [[24, 55], [12, 78], [3, 97], [0, 97.5]], noise: 0.6, precision: 0.1, ...PERCENT, source: "import" } },
];

const DEVELOPMENT: readonly KpiSeed[] = [
  { ...DEV, scorecard: "development", code: "C-TEST-AUTO", name: "Regression tests automated", unit: "%", ...higherIsBetter(80, 40), frequency: "monthly", weight: 1, capability: "CAP-TESTAUTO",
    description: "Share of regression test cases for trading, risk and finance flows that run automatically.",
    history: { path: [[24, 35], [0, 87]], noise: 1.5, precision: 1, ...PERCENT, source: "manual" } },
  { ...DEV, scorecard: "strategic", code: "C-STREAM-FEEDS", name: "Trade feeds on the real-time streaming platform", unit: "%", ...higherIsBetter(80, 40), frequency: "monthly", weight: 1, capability: "CAP-STREAM",
    description: "Share of trade and position feeds delivered as events rather than end-of-day files.",
    history: { path: [[24, 0], [12, 3], [6, 10], [3, 18], [0, 22]], noise: 1.2, precision: 1, ...PERCENT, source: "manual" } },
  { ...DEV, scorecard: "strategic", code: "C-ARCH-FILLED", name: "Integration architect positions filled", unit: "%", ...higherIsBetter(100, 70), frequency: "quarterly", weight: 0.8, capability: "CAP-ARCH",
    description: "Filled positions out of the eight integration-architect roles in the plan.",
    history: { path: [[24, 50], [0, 75]], noise: 0, precision: 12.5, ...PERCENT, source: "manual" } },
  { ...DEV, scorecard: "development", code: "C-PM-COVERAGE", name: "Business functions with a named product manager", unit: "% of functions", ...higherIsBetter(100, 60), frequency: "quarterly", weight: 0.8, capability: "CAP-PRODMGR",
    description: "Functions served by a named internal IT product manager.",
    history: { path: [[24, 40], [12, 60], [3, 100], [0, 100]], noise: 0, precision: 20, ...PERCENT, source: "manual" } },
  { ...DEV, scorecard: "development", code: "C-SECONDED", name: "Operations staff seconded to exploration", unit: "people (rolling 12 months)", ...higherIsBetter(12, 4), frequency: "quarterly", weight: 0.6, capability: "CAP-SECOND",
    description: "Operations engineers seconded into assessments and pilots in the last twelve months.",
    history: { path: [[24, 2], [4, 13], [0, 14]], noise: 0.6, precision: 1, min: 0, source: "manual" } },
];

export const CAPABILITY_KPIS: readonly KpiSeed[] = [...OPERATIONS, ...DEVELOPMENT];
