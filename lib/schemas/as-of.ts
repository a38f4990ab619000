// The as-of date shared by the API (a 422 when refused) and the pages (which fall back to today).
import { z } from "zod";
import { fromIsoDate, toIsoDate, utcDay } from "@/lib/domain/periods";

/** No KPI history reaches back further; it also keeps years 0–99 away from JavaScript's Date. */
export const EARLIEST_AS_OF = "1900-01-01";

/**
 * A calendar day from EARLIEST_AS_OF to today. "Today" is UTC, like the periods, and is read per
 * parse so a long-running server never refuses today's date.
 */
export const asOfParameterSchema = z
  .iso.date({ error: "asOf must be a real calendar date written YYYY-MM-DD" })
  .transform((text, ctx) => {
    const today = toIsoDate(utcDay(new Date()));
    // ISO dates compare correctly as text.
    if (text > today || text < EARLIEST_AS_OF) {
      ctx.issues.push({ code: "custom", input: text, message: `asOf must be between ${EARLIEST_AS_OF} and today (${today}, UTC)` });
      return z.NEVER;
    }
    return fromIsoDate(text);
  })
  .describe(`The day to score as of (YYYY-MM-DD, from ${EARLIEST_AS_OF} to today, UTC). Defaults to today.`);

export interface AsOfChoice {
  asOf: Date;
  isToday: boolean;
  /** Set when the requested date was refused; the view then falls back to today. */
  error?: string;
}

/** For pages: no value means today; a bad value falls back to today and says why. */
export function resolveAsOf(value: string | undefined): AsOfChoice {
  const today = utcDay(new Date());
  if (value === undefined || value === "") return { asOf: today, isToday: true };
  const parsed = asOfParameterSchema.safeParse(value);
  if (!parsed.success) return { asOf: today, isToday: true, error: parsed.error.issues[0]?.message ?? "Invalid date" };
  return { asOf: parsed.data, isToday: parsed.data.getTime() === today.getTime() };
}
