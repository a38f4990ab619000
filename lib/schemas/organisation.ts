// Value chains and the business functions in them, as the Set-up forms and /api/v1 send and read
// them. Codes are given at creation and never change; other things refer to them by code.
import { z } from "zod";
import { codeReferenceSchema, newCodeSchema } from "./code-param";
import { text } from "./text";
import { versionSchema } from "./version";

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

const name = text("name").trim().min(1, "name is required").max(NAME_MAX, `name is at most ${NAME_MAX} characters`);
/** Free text describing a chain, function, priority or KPI. */
export const descriptionSchema = text("description")
  .trim()
  .max(DESCRIPTION_MAX, `description is at most ${DESCRIPTION_MAX.toLocaleString("en-GB")} characters`);
const chainCode = codeReferenceSchema("valueChain", "the value chain the function belongs to");

export const valueChainCreateSchema = z.strictObject({ code: newCodeSchema, name, description: descriptionSchema.default("") });
export const valueChainUpdateSchema = z.strictObject({ version: versionSchema, name: name.optional(), description: descriptionSchema.optional() });
export type ValueChainCreateInput = z.output<typeof valueChainCreateSchema>;
export type ValueChainUpdateInput = z.output<typeof valueChainUpdateSchema>;

export const businessFunctionCreateSchema = z.strictObject({ code: newCodeSchema, name, description: descriptionSchema.default(""), valueChain: chainCode });
/** A rename, a new description, or a move to another value chain (`valueChain`). */
export const businessFunctionUpdateSchema = z.strictObject({
  version: versionSchema,
  name: name.optional(),
  description: descriptionSchema.optional(),
  valueChain: chainCode.optional(),
});
export type BusinessFunctionCreateInput = z.output<typeof businessFunctionCreateSchema>;
export type BusinessFunctionUpdateInput = z.output<typeof businessFunctionUpdateSchema>;

export const valueChainJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  version: z.number().int(),
  businessFunctions: z.array(z.string()).describe("Codes of the functions in the chain, by name."),
});
export type ValueChainJson = z.infer<typeof valueChainJsonSchema>;

export const businessFunctionJsonSchema = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  valueChain: z.string(),
  version: z.number().int(),
  profileInForce: z.boolean().describe("Whether a demand profile is in force today; a function without one is weighted neutrally."),
  kpiCount: z.number().int(),
  priorityCount: z.number().int(),
});
export type BusinessFunctionJson = z.infer<typeof businessFunctionJsonSchema>;
