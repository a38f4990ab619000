import { z } from "zod";
import { INT4_MAX, text } from "./text";
import { versionSchema } from "./version";
import { ROLES } from "@/lib/auth/permissions";

export const emailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address" }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const passwordSchema = z
  .string({ error: "Password is required" })
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

export const userCreateSchema = z.object({
  email: emailSchema,
  name: text("Name").trim().min(1, "Name is required").max(120, "Name is too long"),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` }),
  password: passwordSchema,
});
export type UserCreateInput = z.infer<typeof userCreateSchema>;

export const apiTokenCreateSchema = z.object({
  name: text("Token name").trim().min(1, "Token name is required").max(80, "Token name is too long"),
});

export const apiTokenRevokeSchema = z.object({ tokenId: z.coerce.number({ error: "Choose a token" }).int().positive().max(INT4_MAX) });

const role = z.enum(ROLES, { error: `role must be one of: ${ROLES.join(", ")}` });

/** An administrator's change of someone's role, name or whether they may sign in. */
export const accessChangeSchema = z.strictObject({
  version: versionSchema,
  role: role.optional(),
  active: z.boolean({ error: "active must be true or false" }).optional().describe("false deactivates: sessions and API tokens stop working at once."),
  name: text("name").trim().min(1, "name is required").max(120, "name is too long").optional(),
});

export const passwordResetSchema = z.strictObject({ version: versionSchema, password: passwordSchema });

export const handOverSchema = z.strictObject({
  toEmail: emailSchema.describe("Who takes over: an active user whose role may do what the things handed over need."),
  dryRun: z.boolean({ error: "dryRun must be true or false" }).default(false).describe("true: say what would move and write nothing."),
});

/** `{email}` in an API path; something that cannot be an email names nobody (404). */
export const userParamsSchema = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254)) });

export const accountJsonSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  lastSignInAt: z.string().nullable(),
  version: z.number().int(),
});
export type AccountJson = z.infer<typeof accountJsonSchema>;

export const ownershipJsonSchema = z.object({
  kpis: z.array(z.object({ code: z.string(), name: z.string(), archived: z.boolean() })),
  processes: z.array(z.object({ code: z.string(), name: z.string() })),
  capabilities: z.array(z.object({ code: z.string(), name: z.string() })),
  initiatives: z
    .array(z.object({ id: z.number().int(), title: z.string(), status: z.string() }))
    .describe("Open ones: done and rejected initiatives keep their owner as history."),
  monitoring: z
    .array(z.object({ id: z.number().int(), action: z.string(), process: z.string() }))
    .describe("Live monitoring actions they are accountable for."),
});
export type OwnershipJson = z.infer<typeof ownershipJsonSchema>;
