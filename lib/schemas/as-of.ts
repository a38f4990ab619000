// The as-of date shared by the API (a 422 when refused) and the pages (which fall back to today).
import { z } from "zod";
import { fromIsoDate, toIsoDate, utcDay } from "@/lib/domain/periods";
import type { ParsedSearchParams } from "./search-params";

/** No KPI history reaches back further; it also keeps years 0–99 away from JavaScript's Date. */
export const EARLIEST_AS_OF = "1900-01-01";

/**
 * A calendar day from EARLIEST_AS_OF to today. "Today" is UTC, like the periods, and is read per
 * parse so a long-running server never refuses today's date.
 */
export const asOfParameterSchema = z.iso
  .date({ error: "asOf must be a real calendar date written YYYY-MM-DD" })
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

/** The query of a page that only reads an as-of date. */
export const asOfQuerySchema = z.object({ asOf: asOfParameterSchema.optional() });

export interface AsOfChoice {
  asOf: Date;
  isToday: boolean;
  /** The requested date was refused, so the view fell back to today; the page says why. */
  refused: boolean;
}

/** For pages, from their parsed query (lib/schemas/search-params.ts): no date, or a refused one, means today. */
export function asOfChoice({ values, refused }: ParsedSearchParams<{ asOf?: Date }>): AsOfChoice {
  const today = utcDay(new Date());
  const asOf = values.asOf ?? today;
  return { asOf, isToday: asOf.getTime() === today.getTime(), refused: refused.some((problem) => problem.path === "asOf") };
}
