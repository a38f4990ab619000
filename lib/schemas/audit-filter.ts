import { z } from "zod";
import { pageNumberSchema } from "./search-params";
import { text } from "./text";

/** An optional text filter; blank means "no filter". */
const optionalText = (name: string, max: number) =>
  text(name)
    .trim()
    .max(max, `${name} is at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : undefined));

/** An inclusive calendar day, in UTC; z.iso.date also refuses days a month lacks (2026-02-30). */
const optionalDate = (name: string) => z.iso.date({ error: `${name} must be a real calendar date written YYYY-MM-DD` }).optional();

/**
 * Query parameters of the audit log (a GET form, so filters can be bookmarked and shared). The
 * page parses them with parseSearchParams, which drops a malformed one and says so.
 */
export const auditQuerySchema = z.object({
  entityType: optionalText("entityType", 64),
  action: optionalText("action", 64),
  actor: optionalText("actor", 200),
  from: optionalDate("from"),
  to: optionalDate("to"),
  page: pageNumberSchema,
});
export type AuditFilter = z.infer<typeof auditQuerySchema>;

const { shape } = auditQuerySchema;

/**
 * The same parameters read silently: a malformed value means "no filter" (page 1) without a
 * word. For callers that have nowhere to report what they ignored; pages use auditQuerySchema.
 */
export const auditFilterSchema = z.object({
  entityType: shape.entityType.catch(undefined),
  action: shape.action.catch(undefined),
  actor: shape.actor.catch(undefined),
  from: shape.from.catch(undefined),
  to: shape.to.catch(undefined),
  page: shape.page.catch(1),
});
