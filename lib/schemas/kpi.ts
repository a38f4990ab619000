import { z } from "zod";
import { DIRECTIONS, FREQUENCIES, INDICATOR_TYPES, LAYERS, SCORECARD_KINDS } from "@/lib/domain/enums";

const code = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,31}$/, "Code must be 2–32 capital letters, digits or dashes, starting with a letter");

const finite = (field: string) => z.number({ error: `${field} must be a number` }).finite(`${field} must be a finite number`);

/**
 * A KPI definition. The cross-field rules mirror the database CHECK constraints so users get a
 * message naming the field instead of a constraint error: a demand KPI needs a business priority
 * (it is top-level only if a priority drives it), and target / red flag must agree with the
 * direction.
 */
export const kpiCreateSchema = z
  .object({
    code,
    name: z.string().trim().min(1, "Name is required").max(160),
    description: z.string().trim().max(2000).default(""),
    layer: z.enum(LAYERS, { error: "Layer must be demand, supply or capability" }),
    scorecard: z.enum(SCORECARD_KINDS, { error: "Scorecard must be strategic, development or operational" }),
    unit: z.string().trim().min(1, "Unit is required").max(24),
    direction: z.enum(DIRECTIONS, { error: "Direction must be higher, lower or band" }),
    target: finite("Target").optional(),
    redFlag: finite("Red flag").optional(),
    bandLow: finite("Band low").optional(),
    bandHigh: finite("Band high").optional(),
    bandTolerance: finite("Band tolerance").min(0, "Band tolerance cannot be negative").optional(),
    frequency: z.enum(FREQUENCIES, { error: "Frequency must be weekly, monthly or quarterly" }),
    indicatorType: z.enum(INDICATOR_TYPES, { error: "Indicator type must be leading or lagging" }),
    weight: finite("Weight").positive("Weight must be greater than 0").default(1),
    ownerId: z.number().int().positive("Owner is required"),
    businessFunctionId: z.number().int().positive().optional(),
    businessPriorityId: z.number().int().positive().optional(),
    processStepId: z.number().int().positive().optional(),
    capabilityId: z.number().int().positive().optional(),
  })
  .superRefine((kpi, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (kpi.layer === "demand" && kpi.businessPriorityId === undefined) {
      issue("businessPriorityId", "A demand KPI must be anchored in a business priority; without one it belongs to a sub-level");
    }
    if (kpi.direction === "band") {
      if (kpi.bandLow === undefined) issue("bandLow", "Band low is required for a band KPI");
      if (kpi.bandHigh === undefined) issue("bandHigh", "Band high is required for a band KPI");
      if (kpi.bandTolerance === undefined) issue("bandTolerance", "Band tolerance is required for a band KPI");
      if (kpi.bandLow !== undefined && kpi.bandHigh !== undefined && kpi.bandLow >= kpi.bandHigh) issue("bandHigh", "Band high must be above band low");
      return;
    }
    if (kpi.target === undefined) issue("target", "Target is required");
    if (kpi.redFlag === undefined) issue("redFlag", "Red flag is required");
    if (kpi.target === undefined || kpi.redFlag === undefined) return;
    if (kpi.direction === "higher" && kpi.target <= kpi.redFlag) issue("redFlag", "For higher-is-better, the red flag must be below the target");
    if (kpi.direction === "lower" && kpi.target >= kpi.redFlag) issue("redFlag", "For lower-is-better, the red flag must be above the target");
  });
export type KpiCreateInput = z.infer<typeof kpiCreateSchema>;
