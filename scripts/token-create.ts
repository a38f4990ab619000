// npm run token:create -- --email owner@example.com [--name "Monitoring export"]
// Prints a new API token for that user once; only its hash is stored.
import { openDatabase } from "./db/database";
import { applyMigrations } from "./db/migrate";
import { fail, parseFlags } from "./cli-args";
import { apiTokenCreateSchema, emailSchema } from "../lib/schemas/user";

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ["email", "name"]);
  const email = emailSchema.safeParse(flags.email);
  if (!email.success) fail(`--email: ${email.error.issues[0]?.message ?? "invalid"}`);
  const name = apiTokenCreateSchema.safeParse({ name: flags.name ?? "Command-line token" });
  if (!name.success) fail(`--name: ${name.error.issues[0]?.message ?? "invalid"}`);

  const database = await openDatabase(() => {});
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    // Imported only now: lib/db reads DATABASE_URL when first loaded.
    const { findUserByEmail } = await import("../lib/db/users");
    const { issueToken } = await import("../lib/services/api-tokens");
    const user = await findUserByEmail(email.data);
    if (!user?.active) fail(`No active user with email ${email.data}`);
    const issued = await issueToken("command-line", name.data, user);
    if (!issued.ok) fail(issued.refusal.message);
    console.log(`✔ API token "${issued.value.name}" for ${user.email} (${user.role}). Shown once; store it safely:`);
    console.log(issued.value.token);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
