import { z } from "zod";
import { FREQUENCIES } from "@/lib/domain/enums";
import { INT4_MAX, text } from "./text";
import { codeParamSchema } from "./code-param";

/** A form posts lists as one-per-line textareas; blank lines carry no meaning and are dropped. */
const linesField = (label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(/\r?\n/) : value),
    z
      .array(text(label).trim().max(300, `Each line of ${label} must be at most 300 characters`))
      .transform((lines) => lines.filter((line) => line.length > 0))
      .pipe(z.array(z.string()).max(50, `${label} can list at most 50 lines`)),
  );

/** Ordered rows (steps, monitoring actions) travel as one JSON field, since FormData has no arrays. */
const jsonField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, schema);

export const processStepInputSchema = z.object({
  /** Absent for a step added in this edit. */
  id: z.number().int().positive().max(INT4_MAX).optional(),
  name: text("A step name").trim().min(1, "Every step needs a name").max(200, "A step name is at most 200 characters"),
});

export const monitoringActionInputSchema = z.object({
  action: text("A monitoring action").trim().min(1, "Every monitoring action needs a description").max(300, "A monitoring action is at most 300 characters"),
  /** Stored as a KPI frequency: a monitoring action recurs weekly, monthly or quarterly. */
  cadence: z.enum(FREQUENCIES, { error: "Choose a cadence" }),
  accountableId: z.coerce.number({ error: "Choose who is accountable" }).int().positive("Choose who is accountable").max(INT4_MAX, "Choose who is accountable"),
});

export const processUpdateSchema = z.object({
  code: codeParamSchema,
  /** The version the editor started from: a different current version means someone else saved. */
  version: z.coerce.number().int().min(1).max(INT4_MAX),
  purpose: text("The purpose").trim().max(2000, "The purpose is at most 2000 characters"),
  inputs: linesField("Inputs"),
  outputs: linesField("Outputs"),
  decisions: linesField("Decisions"),
  roles: linesField("Roles"),
  steps: jsonField(
    z
      .array(processStepInputSchema)
      .max(50, "A process has at most 50 steps")
      .refine((steps) => new Set(steps.flatMap((s) => (s.id ? [s.id] : []))).size === steps.filter((s) => s.id).length, "A step appears twice"),
  ),
  monitoring: jsonField(z.array(monitoringActionInputSchema).max(30, "A process has at most 30 monitoring actions")),
});
export type ProcessUpdateInput = z.infer<typeof processUpdateSchema>;
export type ProcessStepInput = z.infer<typeof processStepInputSchema>;
export type MonitoringActionInput = z.infer<typeof monitoringActionInputSchema>;
