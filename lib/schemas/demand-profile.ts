// A demand profile as recorded for a business function: the fields of the model, named as reads
// return them. The effective-from rule (first profile any day, later ones today or later) is a
// domain rule applied by the service, since it depends on the function's history.
import { z } from "zod";
import { AVAILABILITY_NEEDS, CHANGE_CADENCES, RISK_TOLERANCES } from "@/lib/domain/enums";
import { fromIsoDate } from "@/lib/domain/periods";
import { EARLIEST_AS_OF } from "./as-of";
import { INT4_MAX, text } from "./text";

const share = (label: string) =>
  z
    .number({ error: `${label} must be a number from 0 to 100` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be below 0`)
    .max(100, `${label} cannot be above 100`);

const count = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(INT4_MAX, `${label} is too large`);

export const demandProfileInputSchema = z.strictObject({
  effectiveFrom: z.iso
    .date({ error: "effectiveFrom must be a real calendar date written YYYY-MM-DD" })
    .refine((day) => day >= EARLIEST_AS_OF, `effectiveFrom must be on or after ${EARLIEST_AS_OF}`)
    .transform(fromIsoDate)
    .describe("The first day the profile is in force (YYYY-MM-DD, UTC). A function's first profile may start on any day; a later one today or later."),
  controlFlexibility: share("controlFlexibility").describe("0 = tight control (low risk, high availability) … 100 = flexibility (new technology)."),
  riskTolerance: z.enum(RISK_TOLERANCES, { error: `riskTolerance must be one of ${RISK_TOLERANCES.join(", ")}` }),
  availabilityNeed: z.enum(AVAILABILITY_NEEDS, { error: `availabilityNeed must be one of ${AVAILABILITY_NEEDS.join(", ")}` }),
  changeCadence: z.enum(CHANGE_CADENCES, { error: `changeCadence must be one of ${CHANGE_CADENCES.join(", ")}` }),
  users: count("users"),
  transactionsPerDay: count("transactionsPerDay"),
  peakTimes: text("peakTimes").trim().max(200, "peakTimes is at most 200 characters").default(""),
  targetExploreShare: share("targetExploreShare").describe("Target share of IT effort spent exploring, in percent."),
  rationale: text("rationale").trim().min(1, "rationale is required: say why the function's demand changed").max(2000, "rationale is at most 2,000 characters"),
});
export type DemandProfileInput = z.output<typeof demandProfileInputSchema>;

export const demandProfileJsonSchema = z.object({
  businessFunction: z.string(),
  effectiveFrom: z.iso.date(),
  controlFlexibility: z.number().int(),
  riskTolerance: z.enum(RISK_TOLERANCES),
  availabilityNeed: z.enum(AVAILABILITY_NEEDS),
  changeCadence: z.enum(CHANGE_CADENCES),
  users: z.number().int(),
  transactionsPerDay: z.number().int(),
  peakTimes: z.string(),
  targetExploreShare: z.number().int(),
  rationale: z.string(),
  recordedBy: z.string().nullable().describe("The email of whoever recorded it; null for profiles from before people were recorded."),
  recordedAt: z.iso.datetime(),
});
export type DemandProfileJson = z.infer<typeof demandProfileJsonSchema>;

export const demandProfileListResponseSchema = z.object({ businessFunction: z.string(), profiles: z.array(demandProfileJsonSchema) });
