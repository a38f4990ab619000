// `npm run db:seed`: seeds the demo organisation into DATABASE_URL. Safe to run again.
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoOrganisation, describeSeedSummary } from "@/prisma/seed";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set. Set it to the postgres:// URL of a migrated database, e.g.\n  DATABASE_URL=postgresql://user:pass@localhost:5432/ambidex npm run db:seed",
    );
    return 1;
  }
  const db = createPrismaClient(url);
  try {
    console.log(describeSeedSummary(await seedDemoOrganisation(db)));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
