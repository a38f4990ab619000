// npm run user:create -- --email ada@example.com --role admin [--name "Ada Okafor"]
// Creates a user on a real deployment. The password is asked for on a terminal (leave it empty
// to generate one) or generated and printed when there is no terminal.
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { openDatabase } from "./db/database";
import { applyMigrations } from "./db/migrate";
import { fail, parseFlags } from "./cli-args";
import { userCreateSchema } from "../lib/schemas/user";

async function askPassword(): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("Password (10+ characters; leave empty to generate one): ");
  rl.close();
  return answer.trim() || undefined;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ["email", "role", "name"]);
  const asked = await askPassword();
  const password = asked ?? randomBytes(12).toString("base64url");
  const parsed = userCreateSchema.safeParse({ email: flags.email, role: flags.role, name: flags.name ?? flags.email?.split("@")[0], password });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));

  const database = await openDatabase(() => {});
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    // Imported only now: lib/db reads DATABASE_URL when first loaded.
    const { COMMAND_LINE, createUserAccount } = await import("../lib/services/users");
    const created = await createUserAccount(COMMAND_LINE, parsed.data);
    if (!created.ok)
      fail(created.refusal.kind === "invalid" ? created.refusal.errors.map((e) => `${e.path}: ${e.message}`).join("; ") : created.refusal.message);
    console.log(`✔ Created ${created.value.role} ${created.value.email}`);
    if (!asked) console.log(`  Generated password (shown once): ${password}`);
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
