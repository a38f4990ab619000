// Filters of the organisation lists in /api/v1: each narrows by the code of a parent.
import { z } from "zod";
import { codeParamSchema } from "./code-param";

export const functionListQuerySchema = z.object({
  valueChain: codeParamSchema.optional().describe("Only the functions of the value chain with this code."),
});

export const priorityListQuerySchema = z.object({
  businessFunction: codeParamSchema.optional().describe("Only the priorities of the business function with this code (firm-wide ones have none)."),
});
