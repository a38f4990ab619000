// The improvement backlog waiting on the governance board: ranked approved and triaged
// initiatives, fresh proposals, and what the board turned down or put off. Plain data.
import type { InitiativeSeed } from "./initiative-seed";

export const INITIATIVES_IN_BACKLOG: readonly InitiativeSeed[] = [
  {
    code: "INI-007", title: "Lean: consolidate the trading compute grid", methodology: "lean", dmaicPhase: null, stream: "exploit", orchestration: "allocating", function: "TRD", owner: "owner",
    problem: "The trading grid runs at about 55% in market hours: capacity the firm pays for and does not use.",
    rootCause: "The grid was sized for peak volumes three years ago and never rebalanced as desks moved to the new data centre.",
    effortWeeks: 20, timeCriticality: 7, riskReduction: 5, proposedMonthsAgo: 3, targetInMonths: 5,
    decisions: [
      { decision: "triage", monthsAgo: 2, rationale: "Serves the firm-wide cost takedown; utilisation is below the planning band." },
      { decision: "approve", monthsAgo: 1, rationale: "Savings fund the streaming work; risk is low with the weekly utilisation review in place." },
      { decision: "rank", monthsAgo: 1, rank: 1, rationale: "First: fastest path to the capital-ratio priority." },
    ],
    kpis: [{ code: "S-CAP-UTIL", expectedImprovement: 12 }, { code: "D-ITCOST", expectedImprovement: 3 }],
    comments: [],
  },
  {
    code: "INI-008", title: "Kaizen: onboarding to the mobile collaboration suite for Sales", methodology: "kaizen", dmaicPhase: null, stream: "explore", orchestration: "coordinating", function: "SAL", owner: "owner2",
    problem: "A quarter of sales staff never activate the mobile suite they were given.",
    rootCause: "Devices are shipped without onboarding; first use fails on multi-factor set-up away from the office.",
    effortWeeks: 8, timeCriticality: 8, riskReduction: 3, proposedMonthsAgo: 3, targetInMonths: 3,
    decisions: [
      { decision: "triage", monthsAgo: 2, rationale: "Sales mobility is a weighted function priority and adoption is amber." },
      { decision: "approve", monthsAgo: 1, rationale: "Small effort, visible to the business; run with the sales reference group." },
      { decision: "rank", monthsAgo: 1, rank: 2, rationale: "Second: cheap and quick once the grid work frees capacity." },
    ],
    kpis: [{ code: "D-MOBILE", expectedImprovement: 12 }, { code: "S-NPI-ADOPT", expectedImprovement: 10 }],
    comments: [{ author: "owner2", monthsAgo: 1, body: "Sales operations offered floor walkers for the first two weeks after go-live." }],
  },
  {
    code: "INI-009", title: "Six Sigma: shorten restore times of P1/P2 incidents", methodology: "six_sigma", dmaicPhase: "define", stream: "exploit", orchestration: "coordinating", function: "TRD", owner: "owner",
    problem: "Restore times for P1/P2 incidents average over three and a half hours against a target of two.",
    rootCause: "Suspected: alerts are not correlated, so diagnosis starts from user calls. To be confirmed in the measure phase.",
    effortWeeks: 14, timeCriticality: 8, riskReduction: 8, proposedMonthsAgo: 2, targetInMonths: 7,
    decisions: [
      { decision: "triage", monthsAgo: 1, rationale: "Amber for two years; tied to the SLO and close priorities." },
      { decision: "rank", monthsAgo: 1, rank: 3, rationale: "Third, pending the root cause in the measure phase." },
    ],
    kpis: [{ code: "S-INC-MTTR", expectedImprovement: 1.5 }],
    comments: [],
  },
  {
    code: "INI-010", title: "Lean: decommission duplicate market-data feeds", methodology: "lean", dmaicPhase: null, stream: "exploit", orchestration: "allocating", function: null, owner: "owner",
    problem: "Three desks pay for overlapping market-data feeds; licences are a fifth of run cost.",
    rootCause: null,
    effortWeeks: 10, timeCriticality: 9, riskReduction: 4, proposedMonthsAgo: 2, targetInMonths: 6,
    decisions: [
      { decision: "triage", monthsAgo: 1, rationale: "Direct contribution to the 20% cost takedown." },
      { decision: "rank", monthsAgo: 1, rank: 4, rationale: "Fourth: needs the desks' agreement on a single feed first." },
    ],
    kpis: [{ code: "D-ITCOST", expectedImprovement: 4 }, { code: "S-COST-UNIT", expectedImprovement: 3 }],
    comments: [],
  },
  {
    code: "INI-011", title: "Kaizen: quarterly demand-profile refresh with HR", methodology: "kaizen", dmaicPhase: null, stream: "explore", orchestration: "coordinating", function: "HR", owner: "owner2",
    problem: "HR self-service is stuck below target; the profile does not reflect the restructuring waves.",
    rootCause: null,
    effortWeeks: 4, timeCriticality: 3, riskReduction: 2, proposedMonthsAgo: 1, targetInMonths: 4, decisions: [],
    kpis: [{ code: "D-HRSS", expectedImprovement: 10 }],
    comments: [],
  },
  {
    code: "INI-012", title: "DFSS: self-service data mart for regulatory reporting", methodology: "dfss", dmaicPhase: null, stream: "explore", orchestration: "structuring", function: "RSK", owner: "owner2",
    problem: "Each new regulatory return needs an IT change that waits in the delivery queue; Risk wants to build returns itself from a governed data mart.",
    rootCause: null,
    effortWeeks: 26, timeCriticality: 6, riskReduction: 7, proposedMonthsAgo: 1, targetInMonths: 12, decisions: [],
    kpis: [{ code: "D-TTM", expectedImprovement: 2 }],
    comments: [],
  },
  {
    code: "INI-013", title: "Lean: generate service reports from monitoring data", methodology: "lean", dmaicPhase: null, stream: "exploit", orchestration: "structuring", function: null, owner: "owner",
    problem: "Service reports are assembled by hand in spreadsheets; since the reporting analyst left, on-time delivery has not even been measured for four months.",
    rootCause: null,
    effortWeeks: 6, timeCriticality: 4, riskReduction: 3, proposedMonthsAgo: 2, targetInMonths: 5, decisions: [],
    kpis: [{ code: "S-SLM-REPORT", expectedImprovement: 0.5 }, { code: "C-SLM-AUTO", expectedImprovement: 35 }],
    comments: [{ author: "owner", monthsAgo: 1, body: "Reporting has lapsed since the analyst left; this would remove the single point of failure." }],
  },
  {
    code: "INI-014", title: "Outsource new technology assessment to a vendor lab", methodology: "lean", dmaicPhase: null, stream: "explore", orchestration: "allocating", function: null, owner: "owner2",
    problem: "Technology assessments took more than two months each and the queue kept growing; a vendor offered its lab as a managed service.",
    rootCause: null,
    effortWeeks: 12, timeCriticality: 4, riskReduction: 2, proposedMonthsAgo: 9, targetInMonths: null,
    decisions: [
      { decision: "triage", monthsAgo: 8, rationale: "Assessment cycle time is a real gap; options to be compared." },
      { decision: "reject", monthsAgo: 7, rationale: "Outsourcing exploratory competencies cedes entrepreneurship to a third party. Second operations staff into assessments instead." },
    ],
    kpis: [{ code: "S-NTA-CYCLE", expectedImprovement: 4 }],
    comments: [],
  },
  {
    code: "INI-015", title: "Six Sigma: CMDB data quality", methodology: "six_sigma", dmaicPhase: "define", stream: "exploit", orchestration: "structuring", function: null, owner: "owner",
    problem: "CMDB accuracy stalls around 90%; impact assessments in change management miss dependencies.",
    rootCause: null,
    effortWeeks: 12, timeCriticality: 4, riskReduction: 6, proposedMonthsAgo: 6, targetInMonths: null,
    decisions: [
      { decision: "triage", monthsAgo: 5, rationale: "Supports change success and repeat incidents." },
      { decision: "defer", monthsAgo: 4, rationale: "Board capacity this quarter is committed to cost takedown and intraday risk; revisit next quarter." },
    ],
    kpis: [{ code: "C-CMDB-ACCURACY", expectedImprovement: 5 }],
    comments: [],
  },
];
