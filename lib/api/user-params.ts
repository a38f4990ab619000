import { userParamsSchema } from "@/lib/schemas/user";

/** `{email}` in /api/v1/users paths: something that cannot be an email names nobody (404). */
export const userParams = { schema: userParamsSchema, missing: (raw: Record<string, string>) => `There is no user ${raw.email}.` };
