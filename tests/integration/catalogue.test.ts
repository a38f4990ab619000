// The catalogue round trip: the demo organisation's model exported, imported into an empty
// database (people only), exported again, gives the same document; the import is all or nothing,
// a dry run writes nothing, and problems are named by their path in the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, seedDemoOrganisation } from "@/prisma/seed";
import { exportCatalogue, importCatalogue, type CatalogueDocument } from "@/lib/services/catalogue";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { refusalOf, valueOf } from "./results";

let source: FreshDatabase;
let target: FreshDatabase;
let exported: CatalogueDocument;
let admin: { id: number; role: "admin" };

beforeAll(async () => {
  [source, target] = await Promise.all([freshDatabase("catalogue_a"), freshDatabase("catalogue_b")]);
  await seedDemoOrganisation(source.db);
  exported = await source.use(exportCatalogue);
  // The catalogue names people by email; they are not part of it, so the target has them already.
  await target.db.user.createMany({ data: DEMO_USERS.map((user) => ({ ...user, passwordHash: "not-used" })) });
  const found = await target.db.user.findFirstOrThrow({ where: { role: "admin" } });
  admin = { id: found.id, role: "admin" };
}, 120_000);

afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop()]);
});

const modelRows = async (fresh: FreshDatabase) =>
  Promise.all([fresh.db.valueChain.count(), fresh.db.kpi.count(), fresh.db.process.count(), fresh.db.kpiLink.count(), fresh.db.reading.count()]);

describe("the catalogue", () => {
  it("exports the whole model of the demo organisation, readings left out", () => {
    expect(exported).toMatchObject({ format: "ambidex-catalogue", version: 1 });
    for (const section of [
      "valueChains",
      "businessFunctions",
      "priorities",
      "processes",
      "capabilities",
      "kpis",
      "links",
      "teams",
      "coordinationMechanisms",
    ] as const) {
      expect(exported[section].length, section).toBeGreaterThan(0);
    }
    expect(JSON.stringify(exported)).not.toMatch(/"readings"|"value":/);
  });

  it("dry-runs an import into an empty database: says what it would create and writes nothing", async () => {
    const plan = valueOf(await target.use(() => importCatalogue(admin, exported, { dryRun: true })));
    expect(plan.dryRun).toBe(true);
    expect(plan.sections.kpis.created).toHaveLength(exported.kpis.length);
    expect(plan.sections.links.created).toHaveLength(exported.links.length);
    expect(await modelRows(target)).toEqual([0, 0, 0, 0, 0]);
  });

  it("refuses a file with problems, naming each by its path, and writes nothing", async () => {
    const broken = structuredClone(exported);
    const kpi = broken.kpis.findIndex((k) => k.unit === "%" && k.direction === "higher");
    broken.kpis[kpi] = { ...broken.kpis[kpi]!, target: 140 };
    broken.processes[1] = { ...broken.processes[1]!, ownerEmail: "nobody@example.com" };
    const refusal = refusalOf(await target.use(() => importCatalogue(admin, broken, { dryRun: false })));
    expect(refusal.kind).toBe("invalid");
    const paths = refusal.kind === "invalid" ? refusal.errors.map((problem) => problem.path) : [];
    expect(paths).toContain(`kpis[${kpi}].target`);
    expect(paths).toContain("processes[1].ownerEmail");
    expect(await modelRows(target)).toEqual([0, 0, 0, 0, 0]);
    expect(refusalOf(await target.use(() => importCatalogue(admin, { format: "something-else" }, { dryRun: true })))).toMatchObject({
      errors: [{ path: "format" }, { path: "version" }],
    });
  });

  it("round-trips: export → import into an empty database → export gives the same document", async () => {
    const plan = valueOf(await target.use(() => importCatalogue(admin, exported, { dryRun: false })));
    expect(plan.sections.businessFunctions.created).toHaveLength(exported.businessFunctions.length);
    expect(await target.use(exportCatalogue)).toEqual(exported);
    const again = valueOf(await target.use(() => importCatalogue(admin, exported, { dryRun: true })));
    for (const [name, section] of Object.entries(again.sections)) expect([name, section.created, section.changed]).toEqual([name, [], []]);
  });

  it("keeps steps (and the KPIs mapped to them) through a reorder, and never fails on a value JSON cannot hold", async () => {
    const file = structuredClone(exported);
    const index = file.processes.findIndex((process) => process.steps.length >= 2);
    const process = file.processes[index]!;
    const before = await target.db.processStep.findMany({ where: { process: { code: process.code } }, orderBy: { position: "asc" } });
    process.steps = [process.steps[1]!, process.steps[0]!, ...process.steps.slice(2)];
    valueOf(await target.use(() => importCatalogue(admin, file, { dryRun: false })));
    const after = await target.db.processStep.findMany({ where: { process: { code: process.code } }, orderBy: { position: "asc" } });
    expect(after.slice(0, 2).map((step) => step.id)).toEqual([before[1]!.id, before[0]!.id]);
    const looped: Record<string, unknown> = { ...file.valueChains[0]! };
    looped.name = [looped];
    const refusal = refusalOf(await target.use(() => importCatalogue(admin, { ...file, valueChains: [looped] }, { dryRun: true })));
    expect(refusal).toMatchObject({ kind: "invalid", errors: [{ path: "valueChains[0].name" }] });
  });

  it("changes what differs on a second import and leaves out nothing it was not told about", async () => {
    const changed = structuredClone(exported);
    changed.valueChains[0] = { ...changed.valueChains[0]!, name: "Renamed chain" };
    const dropped = changed.teams.pop()!;
    const plan = valueOf(await target.use(() => importCatalogue(admin, changed, { dryRun: false })));
    expect(plan.sections.valueChains.changed).toEqual([changed.valueChains[0].code]);
    expect(plan.sections.teams.notInFile).toEqual([dropped.code]);
    expect((await target.use(exportCatalogue)).teams.map((team) => team.code)).toContain(dropped.code);
  });
});
