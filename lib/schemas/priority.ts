// Business priorities as the Set-up forms and /api/v1/priorities send and read them. Whether a new
// window may replace the current one is a domain rule (lib/domain/priority-window.ts) the service
// applies, since it depends on today and on the stored window.
import { z } from "zod";
import { fromIsoDate } from "@/lib/domain/periods";
import { EARLIEST_AS_OF } from "./as-of";
import { codeReferenceSchema, newCodeSchema } from "./code-param";
import { descriptionSchema } from "./organisation";
import { text } from "./text";
import { versionSchema } from "./version";

export const TITLE_MAX = 160;

const title = text("title").trim().min(1, "title is required").max(TITLE_MAX, `title is at most ${TITLE_MAX} characters`);
const weight = z
  .number({ error: "weight must be a number greater than 0" })
  .positive("weight must be greater than 0")
  .max(100, "weight cannot be above 100")
  .describe("How much the priority matters relative to the others (the demo uses shares such as 0.25); the heaviest is listed first on every scorecard.");
const day = (field: string) =>
  z.iso
    .date({ error: `${field} must be a real calendar date written YYYY-MM-DD` })
    .refine((value) => value >= EARLIEST_AS_OF, `${field} must be on or after ${EARLIEST_AS_OF}`)
    .transform(fromIsoDate);
const functionCode = codeReferenceSchema("businessFunction", "a business function, or null for a firm-wide priority")
  .nullable()
  .describe("The business function it belongs to; null or absent for a firm-wide priority.");

export const priorityCreateSchema = z
  .strictObject({
    code: newCodeSchema,
    title,
    description: descriptionSchema.default(""),
    businessFunction: functionCode.default(null),
    weight,
    startsOn: day("startsOn").describe("The first day the priority is in force (YYYY-MM-DD, UTC). Any day, also in the past."),
    endsOn: day("endsOn").nullable().default(null).describe("The last day it is in force, inclusive; null for open-ended."),
  })
  .refine((priority) => priority.endsOn === null || priority.endsOn >= priority.startsOn, {
    path: ["endsOn"],
    message: "endsOn must be on or after startsOn",
  });

/**
 * Any of title, description, weight and the window. The function a priority belongs to is fixed:
 * its demand KPIs were anchored under it. The window may change only from today on.
 */
export const priorityUpdateSchema = z.strictObject({
  version: versionSchema,
  title: title.optional(),
  description: descriptionSchema.optional(),
  weight: weight.optional(),
  startsOn: day("startsOn").optional().describe("Only for a priority that has not started; the new day must be today or later."),
  endsOn: day("endsOn").nullable().optional().describe("Yesterday or later (yesterday ends it from today); an ended priority stays ended."),
});
export type PriorityCreateInput = z.output<typeof priorityCreateSchema>;
export type PriorityUpdateInput = z.output<typeof priorityUpdateSchema>;

export const priorityJsonSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  businessFunction: z.string().nullable(),
  weight: z.number(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  inForce: z.boolean().describe("Whether the priority is in force today."),
  kpiCount: z.number().int().describe("Demand KPIs anchored in it, archived ones included."),
  version: z.number().int(),
});
export type PriorityJson = z.infer<typeof priorityJsonSchema>;
