import { z } from "zod";
import { text } from "./text";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** An optional text filter: blank or malformed means "no filter", never an error page. */
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined))
    .catch(undefined);

const optionalDate = z
  .string()
  .regex(isoDate)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** Query parameters of the audit log (a GET form, so filters can be bookmarked and shared). */
export const auditFilterSchema = z.object({
  entityType: optionalText(64),
  action: optionalText(64),
  actor: optionalText(200),
  /** Inclusive calendar days, in UTC. */
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
