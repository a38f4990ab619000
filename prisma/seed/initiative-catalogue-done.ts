// Improvement initiatives that have run: completed ones whose KPIs moved, and the ones in flight,
// including a capability trap. Plain data.
import type { InitiativeSeed } from "./initiative-seed";

export const INITIATIVES_UNDER_WAY: readonly InitiativeSeed[] = [
  {
    code: "INI-001", title: "Six Sigma: cut failed changes on trading releases", methodology: "six_sigma", dmaicPhase: "control", stream: "exploit", orchestration: "structuring", function: "TRD", owner: "owner",
    problem: "One change in eight to the trading platform failed or was backed out, causing outages in market hours.",
    rootCause: "Changes reached the CAB without risk scoring, and 40% of failures traced to configuration drift between UAT and production.",
    effortWeeks: 18, timeCriticality: 8, riskReduction: 9, proposedMonthsAgo: 22, targetInMonths: -13,
    decisions: [
      { decision: "triage", monthsAgo: 21, rationale: "Gap confirmed on change success (88% against 97%); trading outages tie it to the SLO priority." },
      { decision: "approve", monthsAgo: 20, rationale: "Highest risk reduction in the backlog; DMAIC fits a measurable, repeatable failure mode." },
      { decision: "start", monthsAgo: 19, rationale: "Green belt assigned; baseline measured over eight weeks." },
      { decision: "complete", monthsAgo: 13, rationale: "Change success above 96% for ten consecutive weeks; control plan handed to the change manager." },
    ],
    kpis: [{ code: "S-CHG-SUCCESS", expectedImprovement: 8 }],
    comments: [{ author: "owner", monthsAgo: 14, body: "Risk scoring in the RFC form plus drift checks before CAB: failures down to two in the last eight weeks." }],
  },
  {
    code: "INI-002", title: "Lean: automate intercompany reconciliations for a three-day close", methodology: "lean", dmaicPhase: null, stream: "exploit", orchestration: "structuring", function: "ACC", owner: "owner",
    problem: "The month-end close took five to six business days; the business priority is three.",
    rootCause: "Manual reconciliation of fourteen feeder systems; batch overruns on close day 2 pushed postings to day 5.",
    effortWeeks: 24, timeCriticality: 9, riskReduction: 7, proposedMonthsAgo: 13, targetInMonths: -5,
    decisions: [
      { decision: "triage", monthsAgo: 12, rationale: "Directly serves the Accounting priority of a three-day close." },
      { decision: "approve", monthsAgo: 11, rationale: "Value-stream map shows 60% waiting time in reconciliations; lean is the right method." },
      { decision: "start", monthsAgo: 10, rationale: "Accounting seconded two controllers to the team." },
      { decision: "complete", monthsAgo: 5, rationale: "Three consecutive closes in three days or fewer with no unplanned outage." },
    ],
    kpis: [{ code: "D-CLOSE", expectedImprovement: 2.4 }],
    comments: [{ author: "cto", monthsAgo: 4, body: "Accounting confirms the three-day close has held. A model for other functions." }],
  },
  {
    code: "INI-003", title: "Kaizen: ITIL 4 certification drive for service staff", methodology: "kaizen", dmaicPhase: null, stream: "exploit", orchestration: "allocating", function: null, owner: "owner",
    problem: "Fewer than half of the service staff were ITIL certified; restore times varied widely by resolver group.",
    rootCause: "No training budget was ring-fenced and exam slots competed with on-call rotas.",
    effortWeeks: 6, timeCriticality: 5, riskReduction: 5, proposedMonthsAgo: 15, targetInMonths: -8,
    decisions: [
      { decision: "triage", monthsAgo: 14, rationale: "Small, fast, and a prerequisite for the restore-time work." },
      { decision: "approve", monthsAgo: 13, rationale: "Training budget re-allocated from contractor spend." },
      { decision: "start", monthsAgo: 12, rationale: "Exam cohorts scheduled around the on-call rota." },
      { decision: "complete", monthsAgo: 8, rationale: "Certification above 70%; remaining staff booked on the next sittings." },
    ],
    kpis: [{ code: "C-ITIL-CERT", expectedImprovement: 30 }],
    comments: [],
  },
  {
    code: "INI-004", title: "Kaizen: speed up risk-engine integration releases", methodology: "kaizen", dmaicPhase: null, stream: "explore", orchestration: "coordinating", function: "TRD", owner: "owner2",
    problem: "Integrating a change across trading and risk systems takes fifteen weeks; intraday risk cannot move faster than that.",
    rootCause: "Integration teams wait for manually provisioned test environments.",
    effortWeeks: 30, timeCriticality: 9, riskReduction: 6, proposedMonthsAgo: 13, targetInMonths: -4,
    decisions: [
      { decision: "triage", monthsAgo: 12, rationale: "Integration cycle time is the main supply-side blocker of the intraday-risk priority." },
      { decision: "approve", monthsAgo: 12, rationale: "Quick kaizen events are cheap; start now while the larger design is scoped." },
      { decision: "start", monthsAgo: 11, rationale: "First kaizen event booked with the trading and risk collaboration group." },
    ],
    kpis: [{ code: "S-SI-CYCLE", expectedImprovement: 6 }],
    comments: [
      { author: "owner2", monthsAgo: 8, body: "Second kaizen event done: environment booking simplified, the teams feel the difference." },
      { author: "board", monthsAgo: 3, body: "Eleven months in and the integration cycle time has not moved. What is the root cause, end to end?" },
      { author: "owner2", monthsAgo: 2, body: "Waiting for environments is a symptom: trade feeds still arrive as end-of-day files, so every integration redoes reconciliation. Proposing to fold this into the streaming design." },
    ],
  },
  {
    code: "INI-005", title: "DFSS: design a real-time intraday risk service on event streaming", methodology: "dfss", dmaicPhase: null, stream: "explore", orchestration: "structuring", function: "TRD", owner: "owner2",
    problem: "Intraday risk refreshes every 40 minutes or more; the desks need near real time to price new derivative combinations.",
    rootCause: "Risk engines consume end-of-day position files; there is no event stream of trades to compute from.",
    effortWeeks: 40, timeCriticality: 10, riskReduction: 8, proposedMonthsAgo: 6, targetInMonths: 6,
    decisions: [
      { decision: "triage", monthsAgo: 5, rationale: "Top-weighted function priority; explore stream with operations secondees from the start." },
      { decision: "approve", monthsAgo: 4, rationale: "A new service, not a fix: Design for Six Sigma. Funded from the cost-takedown savings." },
      { decision: "start", monthsAgo: 3, rationale: "Streaming platform proof of concept passed the operability assessment." },
    ],
    kpis: [{ code: "D-IDRISK", expectedImprovement: 35 }, { code: "C-STREAM-FEEDS", expectedImprovement: 58 }],
    comments: [{ author: "owner2", monthsAgo: 1, body: "First equity feeds live on the stream; rates and credit next." }],
  },
  {
    code: "INI-006", title: "Six Sigma: remove the causes of repeat incidents in the risk batch", methodology: "six_sigma", dmaicPhase: "analyse", stream: "exploit", orchestration: "coordinating", function: "RSK", owner: "owner",
    problem: "One incident in seven repeats a cause seen in the previous 90 days; the end-of-day risk batch is the worst offender.",
    rootCause: "Problem records are closed on workaround; permanent fixes are not funded and nobody owns them end to end.",
    effortWeeks: 16, timeCriticality: 7, riskReduction: 8, proposedMonthsAgo: 5, targetInMonths: 4,
    decisions: [
      { decision: "triage", monthsAgo: 4, rationale: "Repeat incidents are red and threaten on-time regulatory reporting." },
      { decision: "approve", monthsAgo: 3, rationale: "DMAIC with a named owner for every permanent fix." },
      { decision: "start", monthsAgo: 2, rationale: "Define and measure phases complete." },
    ],
    // Green belts (C-RCA-BELTS) are left without an initiative: the demo's unaddressed red gap.
    kpis: [{ code: "S-PRB-REPEAT", expectedImprovement: 7 }],
    comments: [],
  },
];
