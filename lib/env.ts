// The environment, validated once. Nothing else reads process.env.
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["1", "true", "yes"].includes(value)));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "TEST_DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Demo mode seeds the demo sign-ins and shows them on the sign-in page. */
  DEMO_MODE: flag,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Session lifetime in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  // An empty variable (FOO= in a shell or .env file) means "not set".
  const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** Demo mode is on by default only with the embedded database (no DATABASE_URL given). */
export function isDemoMode(): boolean {
  return env.DEMO_MODE ?? false;
}
