// The example catalogue a new organisation may start from is the demo organisation's model,
// exported from the demo seed as of a fixed day. This keeps the committed file equal to what the
// seed gives today; after changing the seed, refresh it with
//   WRITE_EXAMPLE_CATALOGUE=1 npx vitest run --project integration tests/integration/example-catalogue.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_CATALOGUE_DAY, EXAMPLE_CATALOGUE_PATH, startFromExample } from "@/lib/services/example-catalogue";
import { exportCatalogue, type CatalogueDocument } from "@/lib/services/catalogue";
import { fromIsoDate } from "@/lib/domain/periods";
import { seedDemoOrganisation } from "@/prisma/seed";
import { refusalOf, valueOf } from "./results";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

let demo: FreshDatabase;
let exported: CatalogueDocument;

beforeAll(async () => {
  demo = await freshDatabase("example");
  await seedDemoOrganisation(demo.db, { today: fromIsoDate(EXAMPLE_CATALOGUE_DAY) });
  exported = await demo.use(exportCatalogue);
  if (process.env.WRITE_EXAMPLE_CATALOGUE) writeFileSync(EXAMPLE_CATALOGUE_PATH, `${JSON.stringify(exported, null, 2)}\n`);
}, 120_000);

afterAll(() => demo?.drop());

describe("the example catalogue", () => {
  it("is the demo seed's model as of its day", () => {
    expect(JSON.parse(readFileSync(EXAMPLE_CATALOGUE_PATH, "utf8"))).toEqual(exported);
  });

  it("gives an empty organisation the whole model as of today, owned by whoever started from it, once", async () => {
    const empty = await freshDatabase("example_start");
    try {
      const admin = await empty.db.user.create({ data: { email: "first.admin@bank.example", name: "First Admin", role: "admin", passwordHash: "x" } });
      const plan = valueOf(await empty.use(() => startFromExample(admin)));
      expect(plan.sections.kpis.created).toHaveLength(exported.kpis.length);
      expect(await empty.db.kpi.count({ where: { NOT: { ownerId: admin.id } } })).toBe(0);
      expect(await empty.db.process.count({ where: { ownerId: admin.id } })).toBe(exported.processes.length);
      // The latest profile of each function is in force today, as it was on the example's day.
      const latest = await empty.db.demandProfile.findFirstOrThrow({ orderBy: { effectiveFrom: "desc" } });
      expect(latest.effectiveFrom.getTime()).toBeLessThanOrEqual(Date.now());
      expect(refusalOf(await empty.use(() => startFromExample(admin))).kind).toBe("conflict");
    } finally {
      await empty.drop();
    }
  });
});
