// The one error document of the API (RFC 9457), as the OpenAPI components describe it and the
// tests check it. lib/api/problem.ts writes it from a Refusal.
import { z } from "zod";

export const fieldProblemSchema = z
  .object({
    path: z
      .string()
      .describe(
        "Where the problem is: a body field (`title`), a nested one (`kpis[0].code`), a query or path parameter by name (`asOf`), a file cell (`rows[12].value`, the header being row 1), a whole row (`rows[12]`) or the whole `file`.",
      ),
    message: z.string(),
  })
  .strict();

export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(fieldProblemSchema).optional().describe("On 422: every refused field, parameter or file cell. Nothing was written."),
});
