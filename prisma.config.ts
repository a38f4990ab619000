// Used by the Prisma CLI (generate). Migrations are applied by scripts/db/migrate.ts, which works
// offline; a machine with internet access can equally run `prisma migrate deploy` on the same
// database because both keep the standard _prisma_migrations table.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ambidex" },
});
