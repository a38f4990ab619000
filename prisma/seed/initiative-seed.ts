// The shape of an improvement initiative in the seed catalogue. Its status is not stated: it
// follows from the board decisions, so history and state cannot disagree.
import type { DecisionKind, DmaicPhase, InitiativeStatus, Methodology, OrchestrationMechanism, Stream } from "@/lib/generated/prisma/client";
import type { DemoPersona } from "./types";

export interface DecisionSeed {
  decision: DecisionKind;
  /** Board meeting this many months before today (first Tuesday of that month). */
  monthsAgo: number;
  rationale: string;
  rank?: number;
}

export interface InitiativeSeed {
  code: string;
  title: string;
  problem: string;
  /** Required once approved: disciplined improvement starts from a stated root cause. */
  rootCause: string | null;
  methodology: Methodology;
  dmaicPhase: DmaicPhase | null;
  stream: Stream;
  orchestration: OrchestrationMechanism;
  function: string | null;
  owner: "owner" | "owner2";
  effortWeeks: number;
  timeCriticality: number;
  riskReduction: number;
  proposedMonthsAgo: number;
  /** Months after today (negative: already past). */
  targetInMonths: number | null;
  decisions: readonly DecisionSeed[];
  /** expectedImprovement in the KPI's unit, positive = in its better direction. */
  kpis: readonly { code: string; expectedImprovement: number }[];
  comments: readonly { author: DemoPersona; monthsAgo: number; body: string }[];
}

/** The status a decision moves an initiative to; rank leaves it where it is. */
export const STATUS_AFTER: Record<DecisionKind, InitiativeStatus | null> = {
  triage: "triaged",
  approve: "approved",
  reject: "rejected",
  defer: "deferred",
  rank: null,
  start: "in_progress",
  complete: "done",
  reopen: "triaged",
};
