import { z } from "zod";
import { INT4_MAX } from "./text";

/** The version an editor started from; the service refuses a stale one with a conflict (409). */
export const versionSchema = z
  .number({ error: "version must be the version you last saw" })
  .int("version must be a whole number")
  .min(1, "version must be at least 1")
  .max(INT4_MAX, "version is too large")
  .describe("The version as the client last saw it; a stale one is refused with 409.");

/** `?version=N` on a DELETE: the version the client last saw, as a number. */
export const deletionSchema = z.object({ version: versionSchema });
export const deletionQuerySchema = z.object({
  version: z
    .string({ error: "version is required: the version you last saw" })
    .regex(/^\d{1,10}$/, "version must be a whole number")
    .transform(Number)
    .pipe(versionSchema),
});
