// The model as one file. Export reads everything in one go; import applies a file all or nothing,
// section by section in dependency order, by handing each entry to the use case that creates or
// changes that kind of thing — so the same permissions, rules, versions and audit events apply as
// in the forms and the API. Entries are matched by code: new ones are created, ones whose fields
// differ are changed (fields absent from an entry stay as they are), and what the file leaves out
// is left alone. A dry run does all of it and rolls it back, keeping the plan.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { getCapability } from "@/lib/db/capabilities";
import { getTeam } from "@/lib/db/teams";
import { readCatalogue, type CatalogueRows } from "@/lib/db/catalogue";
import type { Tx } from "@/lib/db/transaction";
import { toIsoDate, utcDay } from "@/lib/domain/periods";
import { invalid, ok, refuse, type FieldProblem, type Refusal, type Result } from "@/lib/refusal";
import {
  CATALOGUE_FORMAT,
  CATALOGUE_SECTIONS,
  CATALOGUE_VERSION,
  catalogueShapeSchema,
  type CatalogueEntry,
  type CataloguePlan,
  type CatalogueSection,
  type CatalogueShape,
  type SectionPlan,
} from "@/lib/schemas/catalogue";
import { parseWith } from "@/lib/schemas/problems";
import { changeCapability, createCapabilityFor } from "./capabilities";
import { changeCoordination, coordinationJson, createCoordinationFor } from "./coordination";
import { createBusinessFunctionFor, updateBusinessFunction } from "./business-functions";
import { recordDemandProfile } from "./demand-profiles";
import { createKpi, kpiDefinitionJson, updateKpi } from "./kpi-definitions";
import { addKpiLink, reweightKpiLink } from "./kpi-links";
import { createPriorityFor, updatePriority } from "./priorities";
import { changeProcess, createProcessFor } from "./processes";
import { changeTeam, createTeamFor } from "./teams";
import { transactionally } from "./transaction";
import { createValueChainFor, updateValueChain } from "./value-chains";

/** The document as exported, one builder per section, from the rows of one read. */
export function catalogueDocument(rows: CatalogueRows) {
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    valueChains: rows.valueChains.map(({ code, name, description }) => ({ code, name, description })),
    businessFunctions: rows.businessFunctions.map((fn) => ({
      code: fn.code,
      name: fn.name,
      description: fn.description,
      valueChain: fn.valueChain.code,
      demandProfiles: fn.profiles.map(({ effectiveFrom, ...profile }) => ({ effectiveFrom: toIsoDate(effectiveFrom), ...profile })),
    })),
    priorities: rows.priorities.map((priority) => ({
      code: priority.code,
      title: priority.title,
      description: priority.description,
      businessFunction: priority.businessFunction?.code ?? null,
      weight: priority.weight,
      startsOn: toIsoDate(priority.startsOn),
      endsOn: priority.endsOn === null ? null : toIsoDate(priority.endsOn),
    })),
    processes: rows.processes.map((process) => ({
      code: process.code,
      name: process.name,
      kind: process.kind,
      framework: process.framework,
      ownerEmail: process.owner.email,
      purpose: process.purpose,
      inputs: process.inputs,
      outputs: process.outputs,
      decisions: process.decisions,
      roles: process.roles,
      steps: process.steps.map(({ name, description }) => ({ name, description })),
      monitoring: process.monitoring.map(({ action, cadence, accountable }) => ({ action, cadence, accountableEmail: accountable.email })),
    })),
    capabilities: rows.capabilities.map((capability) => ({
      code: capability.code,
      name: capability.name,
      kind: capability.kind,
      description: capability.description,
      targetMaturity: capability.targetMaturity,
      process: capability.process?.code ?? null,
      ownerEmail: capability.owner?.email ?? null,
      archived: capability.archivedAt !== null,
    })),
    kpis: rows.kpis.map((row) => {
      const { version: _version, ...kpi } = kpiDefinitionJson(row);
      return kpi;
    }),
    links: rows.links.map((link) => ({ kpi: link.supporting.code, supports: link.supported.code, weight: link.weight })),
    teams: rows.teams.map((team) => ({
      code: team.code,
      name: team.name,
      stream: team.stream,
      description: team.description,
      members: team.members.map((member) => member.email).sort(),
      archived: team.archivedAt !== null,
    })),
    coordinationMechanisms: rows.coordination.map((row) => {
      const { version: _version, ...mechanism } = coordinationJson(row);
      return mechanism;
    }),
  };
}
export type CatalogueDocument = ReturnType<typeof catalogueDocument>;

export async function exportCatalogue(): Promise<CatalogueDocument> {
  return catalogueDocument(await readCatalogue(utcDay(new Date())));
}

/** Thrown to roll a dry run back once its plan is made; never leaves this module. */
class DryRunDone extends Error {
  constructor(readonly plan: CataloguePlan) {
    super("dry run");
  }
}

/** Equal as JSON; a value that cannot be written as JSON (a YAML alias loop, absurd nesting) counts as different, for its use case to refuse. */
function same(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** The fields of `entry` whose value differs from `current`: what a change sends (absent ones stay). */
function changedFields(entry: CatalogueEntry, current: Record<string, unknown>, skip: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key, value]) => !skip.includes(key) && !same(value, current[key])));
}

/** A use case's refusal as problems at the entry's place in the file. */
function at(path: string, refusal: Refusal): FieldProblem[] {
  if (refusal.kind !== "invalid") return [{ path, message: refusal.message }];
  return refusal.errors.map((problem) => ({ path: problem.path === "body" ? path : `${path}.${problem.path}`, message: problem.message }));
}

const without = (entry: CatalogueEntry, ...keys: string[]) => Object.fromEntries(Object.entries(entry).filter(([key]) => !keys.includes(key)));

const emptyPlan = (): SectionPlan => ({ created: [], changed: [], unchanged: 0, notInFile: [] });

/** Applies one file in the caller's transaction, collecting every problem rather than stopping at the first. */
class Import {
  readonly problems: FieldProblem[] = [];
  readonly plan = Object.fromEntries(CATALOGUE_SECTIONS.map((name) => [name, emptyPlan()])) as Record<CatalogueSection, SectionPlan>;

  constructor(
    readonly tx: Tx,
    readonly actor: Actor,
    readonly file: CatalogueShape,
    readonly current: CatalogueDocument,
    readonly rows: CatalogueRows,
  ) {}

  /** Runs a use case for the entry at `path`; its refusal becomes problems there. */
  async run<T>(path: string, work: Promise<Result<T>>): Promise<T | null> {
    const result = await work;
    if (result.ok) return result.value;
    this.problems.push(...at(path, result.refusal));
    return null;
  }

  /** Creates the entries that are new and changes the ones that differ, by code; counts what the file leaves out. */
  async section<E extends CatalogueEntry & { code: string }>(
    name: CatalogueSection,
    entries: readonly E[],
    known: readonly (Record<string, unknown> & { code: string })[],
    version: (code: string) => number | Promise<number>,
    apply: { create: (entry: E) => Promise<Result<unknown>>; change: (code: string, body: Record<string, unknown>) => Promise<Result<unknown>> },
    skip: readonly string[] = [],
  ): Promise<void> {
    const byCode = new Map(known.map((item) => [item.code, item]));
    const plan = this.plan[name];
    for (const [index, entry] of entries.entries()) {
      const path = `${name}[${index}]`;
      const existing = byCode.get(entry.code);
      if (!existing) {
        if ((await this.run(path, apply.create(entry))) !== null) plan.created.push(entry.code);
        continue;
      }
      const changes = changedFields(entry, existing, ["code", ...skip]);
      if (Object.keys(changes).length === 0) plan.unchanged += 1;
      else if ((await this.run(path, apply.change(entry.code, { ...changes, version: await version(entry.code) }))) !== null) plan.changed.push(entry.code);
    }
    const inFile = new Set(entries.map((entry) => entry.code));
    plan.notInFile = known.filter((item) => !inFile.has(item.code)).map((item) => item.code);
  }
}

const versions =
  <R extends { code: string; version: number }>(rows: readonly R[]) =>
  (code: string) =>
    rows.find((row) => row.code === code)?.version ?? 0;

async function applyFile(work: Import): Promise<void> {
  const { actor, file, current, rows } = work;
  await work.section("valueChains", file.valueChains, current.valueChains, versions(rows.valueChains), {
    create: (entry) => createValueChainFor(actor, entry),
    change: (code, body) => updateValueChain(actor, code, body),
  });

  const newFunctions = new Set(file.businessFunctions.filter((fn) => !rows.businessFunctions.some((row) => row.code === fn.code)).map((fn) => fn.code));
  await work.section(
    "businessFunctions",
    file.businessFunctions,
    current.businessFunctions,
    versions(rows.businessFunctions),
    {
      create: (entry) => createBusinessFunctionFor(actor, without(entry, "demandProfiles")),
      change: (code, body) => updateBusinessFunction(actor, code, body),
    },
    ["demandProfiles"],
  );
  await applyProfiles(work, newFunctions);

  await work.section("priorities", file.priorities, current.priorities, versions(rows.priorities), {
    create: (entry) => createPriorityFor(actor, entry),
    change: (code, body) => updatePriority(actor, code, body),
  });

  const documentation = ["purpose", "inputs", "outputs", "decisions", "roles", "steps", "monitoring"];
  await work.section("processes", file.processes, current.processes, versions(rows.processes), {
    create: async (entry) => {
      const created = await createProcessFor(actor, without(entry, ...documentation.filter((key) => key !== "purpose")));
      const rest = without(entry, "code", "name", "kind", "framework", "ownerEmail", "purpose");
      if (!created.ok || Object.keys(rest).length === 0) return created;
      return changeProcess(actor, entry.code, { version: created.value.version, ...rest });
    },
    change: (code, body) => changeProcess(actor, code, keepIds(rows, code, body)),
  });

  // Restoring a capability happens here, so KPIs below may name it; archiving waits until they are in place.
  await work.section("capabilities", file.capabilities, current.capabilities, versions(rows.capabilities), {
    create: (entry) => createCapabilityFor(actor, without(entry, "archived")),
    change: async (code, body) => {
      const now = body.archived === true ? without(body, "archived") : body;
      return Object.keys(now).length > 1 ? changeCapability(actor, code, now) : ok(null);
    },
  });

  await work.section("kpis", file.kpis, current.kpis, versions(rows.kpis), {
    create: async (entry) => {
      const created = await createKpi(actor, without(entry, "archived"));
      if (!created.ok || entry.archived !== true) return created;
      return updateKpi(actor, entry.code, { version: created.value.version, archived: true, reason: "Archived in the imported catalogue" });
    },
    change: (code, body) => updateKpi(actor, code, { ...body, reason: "Changed by a catalogue import" }),
  });
  await applyArchiving(work);
  await applyLinks(work);

  // Moving someone from one team to another moves both teams' versions on: read each when it is its turn.
  const teamVersion = async (code: string) => (await getTeam(code, work.tx))?.version ?? 0;
  // Members are a set: the file's order does not make a change.
  const teams = file.teams.map((team) =>
    Array.isArray(team.members) && team.members.every((m) => typeof m === "string") ? { ...team, members: [...team.members].sort() } : team,
  );
  await work.section("teams", teams, current.teams, teamVersion, {
    create: async (entry) => {
      const created = await createTeamFor(actor, without(entry, "archived"));
      if (!created.ok || entry.archived !== true) return created;
      return changeTeam(actor, entry.code, { version: created.value.version, archived: true });
    },
    change: (code, body) => changeTeam(actor, code, body),
  });
  await work.section("coordinationMechanisms", file.coordinationMechanisms, current.coordinationMechanisms, versions(rows.coordination), {
    create: async (entry) => {
      const created = await createCoordinationFor(actor, without(entry, "archived"));
      if (!created.ok || entry.archived !== true) return created;
      return changeCoordination(actor, entry.code, { version: created.value.version, archived: true });
    },
    change: (code, body) => changeCoordination(actor, code, body),
  });
}

/**
 * A changed step or monitoring list keeps the id of the recorded row with the same name (step) or
 * text (monitoring action), so KPIs stay mapped to their step through a reorder and monitoring
 * keeps its log; a row with a new name is new, and one left out is removed (refused while KPIs are
 * mapped to it) or retired.
 */
function keepIds(rows: CatalogueRows, code: string, body: Record<string, unknown>): Record<string, unknown> {
  const process = rows.processes.find((row) => row.code === code);
  const withIds = (list: unknown, recorded: readonly { id: number; label: string }[], field: string) => {
    if (!Array.isArray(list)) return list;
    const free = [...recorded];
    return list.map((item: unknown) => {
      if (typeof item !== "object" || item === null) return item;
      const label = (item as Record<string, unknown>)[field];
      const match = free.findIndex((row) => row.label === label);
      if (match < 0) return item;
      const [row] = free.splice(match, 1);
      return { id: row?.id, ...item };
    });
  };
  return {
    ...body,
    ...("steps" in body ? { steps: withIds(body.steps, process?.steps.map((step) => ({ id: step.id, label: step.name })) ?? [], "name") } : {}),
    ...("monitoring" in body
      ? { monitoring: withIds(body.monitoring, process?.monitoring.map((action) => ({ id: action.id, label: action.action })) ?? [], "action") }
      : {}),
  };
}

/** Profiles not yet recorded are recorded; a recorded one never changes. A function created by this import gets its whole history. */
async function applyProfiles(work: Import, newFunctions: ReadonlySet<string>): Promise<void> {
  for (const [index, fn] of work.file.businessFunctions.entries()) {
    const recorded = new Map(work.current.businessFunctions.find((row) => row.code === fn.code)?.demandProfiles.map((p) => [p.effectiveFrom, p]) ?? []);
    let added = false;
    for (const [position, profile] of fn.demandProfiles.entries()) {
      const path = `businessFunctions[${index}].demandProfiles[${position}]`;
      const existing = recorded.get(profile.effectiveFrom);
      if (existing) {
        if (Object.keys(changedFields(profile, existing, [])).length > 0) {
          work.problems.push({
            path,
            message: `The profile from ${profile.effectiveFrom} is recorded and never changes: record a new one from today or later instead.`,
          });
        }
        continue;
      }
      added = (await work.run(path, recordDemandProfile(work.actor, fn.code, profile, { history: newFunctions.has(fn.code) }))) !== null || added;
    }
    const plan = work.plan.businessFunctions;
    if (added && !newFunctions.has(fn.code) && !plan.changed.includes(fn.code)) {
      plan.changed.push(fn.code);
      plan.unchanged -= 1;
    }
  }
}

/** Capabilities the file archives or restores, now that the KPIs measuring them are as the file says. */
async function applyArchiving(work: Import): Promise<void> {
  for (const [index, entry] of work.file.capabilities.entries()) {
    if (entry.archived !== true) continue;
    const now = await work.run(`capabilities[${index}]`, changeCapabilityState(work, entry.code, entry.archived));
    if (now === "changed" && !work.plan.capabilities.created.includes(entry.code) && !work.plan.capabilities.changed.includes(entry.code)) {
      work.plan.capabilities.changed.push(entry.code);
      work.plan.capabilities.unchanged -= 1;
    }
  }
}

async function changeCapabilityState(work: Import, code: string, archived: boolean): Promise<Result<"changed" | "as it was">> {
  const row = await getCapability(code, work.tx);
  if (!row || (row.archivedAt !== null) === archived) return ok("as it was");
  const changed = await changeCapability(work.actor, code, { version: row.version, archived });
  return changed.ok ? ok("changed") : changed;
}

/** Links by the pair they join: new ones are added from today, a different weight re-weights from today. */
async function applyLinks(work: Import): Promise<void> {
  const key = (kpi: string, supports: string) => `${kpi}→${supports}`;
  const recorded = new Map(work.current.links.map((link) => [key(link.kpi, link.supports), link]));
  const plan = work.plan.links;
  for (const [index, link] of work.file.links.entries()) {
    const path = `links[${index}]`;
    const name = key(link.kpi, link.supports);
    const existing = recorded.get(name);
    const body = without(link, "kpi");
    if (!existing) {
      if ((await work.run(path, addKpiLink(work.actor, link.kpi, body))) !== null) plan.created.push(name);
    } else if (link.weight !== undefined && !same(link.weight, existing.weight)) {
      if ((await work.run(path, reweightKpiLink(work.actor, link.kpi, link.supports, { weight: link.weight }))) !== null) plan.changed.push(name);
    } else plan.unchanged += 1;
  }
  const inFile = new Set(work.file.links.map((link) => key(link.kpi, link.supports)));
  plan.notInFile = [...recorded.keys()].filter((name) => !inFile.has(name));
}

/**
 * Imports a catalogue file all or nothing: 422 with every problem at its path when anything is
 * refused, else the plan of what was created and changed (or, for a dry run, would be).
 */
export async function importCatalogue(actor: Actor, input: unknown, options: { dryRun: boolean }): Promise<Result<CataloguePlan>> {
  if (!can(actor, "function:manage")) return refuse(notPermitted("function:manage"));
  const parsed = parseWith(catalogueShapeSchema, input, "The file is not a catalogue; `errors` names each problem.");
  if (!parsed.ok) return parsed;
  try {
    return await transactionally(
      async (tx) => {
        const rows = await readCatalogue(utcDay(new Date()), tx);
        const work = new Import(tx, actor, parsed.value, catalogueDocument(rows), rows);
        await applyFile(work);
        if (work.problems.length > 0) {
          const count = work.problems.length === 1 ? "1 problem" : `${work.problems.length.toLocaleString("en-GB")} problems`;
          return refuse(invalid(work.problems, `The catalogue has ${count}, each named by its place in the file: nothing was imported.`));
        }
        const plan = { dryRun: options.dryRun, sections: work.plan };
        if (options.dryRun) throw new DryRunDone(plan);
        return ok(plan);
      },
      { timeoutMs: 120_000, maxWaitMs: 10_000 },
    );
  } catch (error) {
    if (error instanceof DryRunDone) return ok(error.plan);
    throw error;
  }
}
