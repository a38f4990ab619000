// What makes a KPI definition coherent: the rules across fields that no single field can check.
// The database enforces the same (CHECK constraints) as a last line; these say it in words that
// name the field. Pure: references arrive resolved (present or absent), not as rows.
import type { Layer } from "./enums";
import type { Thresholds } from "./scoring/types";

/** The audit actions that change a KPI's definition: together they are its history. */
export const KPI_DEFINITION_ACTIONS = ["kpi.create", "kpi.update", "kpi.archive", "kpi.restore"] as const;

export interface DefinitionShape extends Thresholds {
  layer: Layer;
  unit: string;
  hasPriority: boolean;
  hasProcessStep: boolean;
  hasCapability: boolean;
}

export interface DefinitionProblem {
  path: "businessPriority" | "processStep" | "capability" | "target" | "redFlag" | "bandLow" | "bandHigh" | "bandTolerance";
  message: string;
}

/** A share of something ("%", "% of changes"): its thresholds lie between 0 and 100. */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%" || unit.trim().startsWith("% ");
}

/**
 * The thresholds a direction uses; the others are cleared, so switching a KPI from a band to
 * higher-is-better does not leave a stale band behind.
 */
export function thresholdsFor<T extends Thresholds>(definition: T): T {
  return definition.direction === "band"
    ? { ...definition, target: null, redFlag: null }
    : { ...definition, bandLow: null, bandHigh: null, bandTolerance: null };
}

export function definitionProblems(definition: DefinitionShape): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: DefinitionProblem["path"], message: string) => problems.push({ path, message });
  const { layer } = definition;

  if (layer === "demand" && !definition.hasPriority) {
    add("businessPriority", "A demand KPI must be anchored in a business priority: choose the priority it measures");
  }
  if (layer !== "demand" && definition.hasPriority) {
    add("businessPriority", `Only demand KPIs are anchored in a priority; a ${layer} KPI reaches one through the KPIs it supports`);
  }
  if (layer !== "supply" && definition.hasProcessStep) add("processStep", "Only supply KPIs measure a process step");
  if (layer !== "capability" && definition.hasCapability) add("capability", "Only capability KPIs measure a capability's maturity");

  const percent = isPercentUnit(definition.unit);
  const inRange = (path: DefinitionProblem["path"], label: string, value: number | null) => {
    if (percent && value !== null && (value < 0 || value > 100)) add(path, `${label} is a percentage: it must be from 0 to 100`);
  };
  if (definition.direction === "band") {
    if (definition.bandLow === null) add("bandLow", "Band low is required for a band KPI");
    if (definition.bandHigh === null) add("bandHigh", "Band high is required for a band KPI");
    if (definition.bandTolerance === null) add("bandTolerance", "Band tolerance is required for a band KPI");
    if (definition.bandLow !== null && definition.bandHigh !== null && definition.bandLow >= definition.bandHigh) {
      add("bandHigh", "Band high must be above band low");
    }
    inRange("bandLow", "Band low", definition.bandLow);
    inRange("bandHigh", "Band high", definition.bandHigh);
    return problems;
  }
  if (definition.target === null) add("target", "Target is required");
  if (definition.redFlag === null) add("redFlag", "Red flag is required");
  inRange("target", "Target", definition.target);
  inRange("redFlag", "Red flag", definition.redFlag);
  if (definition.target === null || definition.redFlag === null) return problems;
  if (definition.direction === "higher" && definition.target <= definition.redFlag) {
    add("redFlag", "For higher-is-better, the red flag must be below the target");
  }
  if (definition.direction === "lower" && definition.target >= definition.redFlag) {
    add("redFlag", "For lower-is-better, the red flag must be above the target");
  }
  return problems;
}
