// The domain's enumerations (lib/domain/enums.ts) beside the Prisma enums they are stored as.
// Prisma generates its own copy of each from prisma/schema.prisma; the checks below make the
// typecheck fail when the two drift apart: a value added on either side only, or a Prisma enum
// that no domain array stands for. Code may then pass a domain value to Prisma, or a stored value
// to the domain, without a cast.
import { ROLES } from "@/lib/domain/enums";
import {
  AVAILABILITY_NEEDS,
  CAPABILITY_KINDS,
  CHANGE_CADENCES,
  COORDINATION_KINDS,
  DECISION_KINDS,
  DIRECTIONS,
  DMAIC_PHASES,
  FREQUENCIES,
  INDICATOR_TYPES,
  INITIATIVE_STATUSES,
  LAYERS,
  METHODOLOGIES,
  ORCHESTRATIONS,
  READING_SOURCES,
  RISK_TOLERANCES,
  SCORECARD_KINDS,
  STREAMS,
} from "@/lib/domain/enums";
import type * as Prisma from "@/lib/generated/prisma/enums";

/** Each Prisma enum, by its name in prisma/schema.prisma, with the domain array it stores. */
export const DATABASE_ENUMS = {
  Role: ROLES,
  Stream: STREAMS,
  RiskTolerance: RISK_TOLERANCES,
  AvailabilityNeed: AVAILABILITY_NEEDS,
  ChangeCadence: CHANGE_CADENCES,
  KpiLayer: LAYERS,
  ScorecardKind: SCORECARD_KINDS,
  KpiDirection: DIRECTIONS,
  KpiFrequency: FREQUENCIES,
  IndicatorType: INDICATOR_TYPES,
  ReadingSource: READING_SOURCES,
  CapabilityKind: CAPABILITY_KINDS,
  CoordinationKind: COORDINATION_KINDS,
  Methodology: METHODOLOGIES,
  DmaicPhase: DMAIC_PHASES,
  OrchestrationMechanism: ORCHESTRATIONS,
  InitiativeStatus: INITIATIVE_STATUSES,
  DecisionKind: DECISION_KINDS,
} as const;

type PrismaEnums = typeof Prisma;
type DatabaseEnums = typeof DATABASE_ENUMS;

/**
 * True only when A and B are the same type. Mutual assignability is not enough for unions (a
 * subset is assignable one way), so this compares how each resolves a deferred conditional type.
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Names whose values differ between the domain array and the Prisma enum; `never` when none do. */
type MismatchedValues = {
  [Name in keyof DatabaseEnums & keyof PrismaEnums]: Equal<DatabaseEnums[Name][number], PrismaEnums[Name][keyof PrismaEnums[Name]]> extends true ? never : Name;
}[keyof DatabaseEnums & keyof PrismaEnums];

/** Prisma enums with no domain array, and entries above that name no Prisma enum. */
type UnpairedNames = Exclude<keyof PrismaEnums, keyof DatabaseEnums> | Exclude<keyof DatabaseEnums, keyof PrismaEnums>;

// A failure reads "Type 'true' is not assignable to type '"KpiLayer"'", naming the enum to fix.
const _valuesMatch: [MismatchedValues] extends [never] ? true : MismatchedValues = true;
const _namesMatch: [UnpairedNames] extends [never] ? true : UnpairedNames = true;
