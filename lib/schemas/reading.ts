import { z } from "zod";
import { text } from "./text";
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

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A measured value: finite, given as a number or as text in plain decimal notation. */
export const readingValueSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== "string" || raw.trim() === "") return raw;
    // Plain decimals only: Number() would also take "0x10" or "0b11" and store 16 or 3.
    // Text that is not a decimal stays text, so the message says "must be a number".
    return DECIMAL.test(raw.trim()) ? Number(raw.trim()) : raw;
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
  note: text("Note").trim().max(NOTE_MAX, `Note must be at most ${NOTE_MAX} characters`).default(""),
  reason: text("Reason").trim().max(REASON_MAX, `Reason must be at most ${REASON_MAX} characters`).optional(),
});
export type ReadingInput = z.infer<typeof readingInputSchema>;
