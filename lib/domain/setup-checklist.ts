// The set-up checklist: what a new organisation records, in the order each step needs the one
// before (a priority belongs to a function, a demand KPI to a priority, a link joins KPIs…), with
// how far along each step is. Pure: the counts come from the database.

export interface SetupCounts {
  valueChains: number;
  functions: number;
  functionsProfiled: number;
  prioritiesInForce: number;
  priorities: number;
  kpis: { demand: number; supply: number; capability: number };
  /** Live demand KPIs that at least one live KPI supports today. */
  demandSupported: number;
  processes: number;
  steps: number;
  /** Live supply KPIs mapped to a process step. */
  supplyMapped: number;
  kpisWithReadings: number;
}

export type SetupStepKey = "organisation" | "profiles" | "priorities" | "kpis" | "links" | "processes" | "readings";

export interface SetupStep {
  key: SetupStepKey;
  title: string;
  /** What has been recorded so far, in words. */
  progress: string;
  /** Share done, 0–1, for the bar. */
  share: number;
  done: boolean;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.min(1, part / whole));
/** Several things must each exist: the share is how many of them do. */
const present = (...counts: number[]) => counts.filter((n) => n > 0).length / counts.length;

export function setupSteps(c: SetupCounts): SetupStep[] {
  const liveKpis = c.kpis.demand + c.kpis.supply + c.kpis.capability;
  const steps: Omit<SetupStep, "done">[] = [
    {
      key: "organisation",
      title: "Value chains and business functions",
      progress: `${count(c.valueChains, "value chain")}, ${count(c.functions, "business function")}`,
      share: present(c.valueChains, c.functions),
    },
    {
      key: "profiles",
      title: "Demand profiles",
      progress: `${c.functionsProfiled.toLocaleString("en-GB")} of ${count(c.functions, "function")} profiled`,
      share: ratio(c.functionsProfiled, c.functions),
    },
    {
      key: "priorities",
      title: "Business priorities",
      progress: `${count(c.prioritiesInForce, "priority", "priorities")} in force${c.priorities > c.prioritiesInForce ? ` (${c.priorities.toLocaleString("en-GB")} recorded)` : ""}`,
      share: present(c.prioritiesInForce),
    },
    {
      key: "kpis",
      title: "KPIs per layer, with owners",
      progress: `${c.kpis.demand.toLocaleString("en-GB")} demand · ${c.kpis.supply.toLocaleString("en-GB")} supply · ${c.kpis.capability.toLocaleString("en-GB")} capability`,
      share: present(c.kpis.demand, c.kpis.supply, c.kpis.capability),
    },
    {
      key: "links",
      title: "Links from capability to supply to demand",
      progress: `${c.demandSupported.toLocaleString("en-GB")} of ${count(c.kpis.demand, "demand KPI")} supported`,
      share: ratio(c.demandSupported, c.kpis.demand),
    },
    {
      key: "processes",
      title: "Processes and steps",
      progress: `${count(c.processes, "process", "processes")}, ${count(c.steps, "step")}; ${c.supplyMapped.toLocaleString("en-GB")} of ${count(c.kpis.supply, "supply KPI")} mapped to a step`,
      share: (present(c.processes, c.steps) + ratio(c.supplyMapped, c.kpis.supply)) / 2,
    },
    {
      key: "readings",
      title: "First readings",
      progress: `${c.kpisWithReadings.toLocaleString("en-GB")} of ${count(liveKpis, "KPI")} have a reading`,
      share: ratio(c.kpisWithReadings, liveKpis),
    },
  ];
  return steps.map((step) => ({ ...step, done: step.share >= 1 }));
}

/** The step to work on next: the first not done, or null when the organisation is set up. */
export function nextStep(steps: readonly SetupStep[]): SetupStep | null {
  return steps.find((step) => !step.done) ?? null;
}

/** Nothing recorded yet: a new deployment, where signing in should lead to the checklist. */
export function isEmptyOrganisation(c: Pick<SetupCounts, "valueChains" | "functions">): boolean {
  return c.valueChains === 0 && c.functions === 0;
}
