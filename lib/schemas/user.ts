import { z } from "zod";
import { INT4_MAX, text } from "./text";
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
