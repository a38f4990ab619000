import { z } from "zod";

/** `?archived=true` in a list's query: the archived (or retired) ones instead of the live ones. */
export const archivedQuerySchema = (description: string) =>
  z
    .enum(["true", "false"], { error: "archived must be true or false" })
    .default("false")
    .transform((value) => value === "true")
    .describe(description);
