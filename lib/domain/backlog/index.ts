// Disciplined improvement: gaps, the priority score, the lifecycle, outcomes, balance and capacity.
// Rules and worked examples: docs/prioritisation.md.
export * from "./types";
export { UNPRIORITISED_WEIGHT, findGaps, gapInUnit, priorityWeights, unaddressedGaps, isFinding } from "./gaps";
export type { GapOptions, InitiativeLinks } from "./gaps";
export { MIN_JUDGEMENT, MAX_JUDGEMENT, HALF_VALUE_WEIGHTED_GAP, gapIndex, weightedGap, businessValue, priorityScore, rankByPriority } from "./priority";
export type { GapIndex, ScoredInitiative } from "./priority";
export {
  TRANSITIONS,
  RANKABLE_STATUSES,
  ROOT_CAUSE_STATUSES,
  allowedTransitions,
  transitionOf,
  transitionProblems,
  locatedTransitionProblems,
  rankProblems,
  deciderProblem,
  timestampFor,
} from "./lifecycle";
export type { Transition, InitiativeForTransition, BacklogRights, Decider, TransitionProblem } from "./lifecycle";
export { TRAP_THRESHOLD_DAYS, IMPROVED_SHARE, IMPROVED_SCORE_DELTA, benefitRealisation, betterward, isImproved, capabilityTraps } from "./outcomes";
export type { KpiOutcome, BenefitRealisation, InitiativeOutcomeInput, CapabilityTrap, TrapInput } from "./outcomes";
export { BALANCE_TOLERANCE_POINTS, COMMITTED_STATUSES, exploreBalance, functionsOutOfBalance } from "./balance";
export type { BalanceInput, FunctionBalance } from "./balance";
export { CANDIDATE_STATUSES, capacityFit } from "./capacity";
export type { CapacityInput, CapacityRow, CapacityFit } from "./capacity";
