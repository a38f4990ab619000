import { createPrismaClient } from "../../lib/db/client";
import { describeSeedSummary, seedDemoOrganisation } from "../../prisma/seed/index";

/** Seeds the demo organisation into an empty database; returns a summary, or null if not empty. */
export async function seedIfEmpty(databaseUrl: string): Promise<string | null> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const [users, functions] = await Promise.all([prisma.user.count(), prisma.businessFunction.count()]);
    if (users > 0 || functions > 0) return null;
    return describeSeedSummary(await seedDemoOrganisation(prisma, {}));
  } finally {
    await prisma.$disconnect();
  }
}
