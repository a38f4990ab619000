import { z } from "zod";
import { fromIsoDate } from "@/lib/domain/periods";

export const NOTE_MAX = 2000;
export const REASON_MAX = 500;

/** A calendar day written YYYY-MM-DD, as a UTC-midnight Date. */
export const isoDaySchema = z
  .string({ error: "Period is required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Period must be a date written YYYY-MM-DD")
  .refine((text) => {
    try {
      fromIsoDate(text);
      return text >= "1900-01-01";
    } catch {
      return false;
    }
  }, "Period is not a real calendar date")
  .transform((text) => fromIsoDate(text));

/** A measured value: finite, given as a number or as text in plain decimal notation. */
export const readingValueSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "string" || raw.trim() === "") return raw;
    const parsed = Number(raw.trim());
    // Text that is not a number stays text, so the message says "must be a number".
    return Number.isNaN(parsed) ? raw : parsed;
  },
  // zod 4 numbers refuse NaN and ±Infinity already.
  z.number({ error: "Value must be a number" }),
);

/**
 * One reading as a person or a machine sends it. Rules that need the KPI (period fits its
 * frequency, note when red, reason for a correction) are checked against it afterwards.
 */
export const readingInputSchema = z.object({
  period: isoDaySchema,
  value: readingValueSchema,
  note: z.string().trim().max(NOTE_MAX, `Note must be at most ${NOTE_MAX} characters`).default(""),
  reason: z.string().trim().max(REASON_MAX, `Reason must be at most ${REASON_MAX} characters`).optional(),
});
export type ReadingInput = z.infer<typeof readingInputSchema>;
