// "Start from the example catalogue": a new, empty organisation imports the demo organisation's
// model — without readings, assessments or logs — as a starting point. The file is the demo seed
// exported as of EXAMPLE_CATALOGUE_DAY (kept equal by a test); its dates move to today and
// everything a person owns or leads becomes the importer's, to hand over once colleagues join.
import path from "node:path";
import type { Actor } from "@/lib/auth/permissions";
import { countValueChains } from "@/lib/db/value-chains";
import { startingPoint } from "@/lib/domain/example-catalogue";
import { utcDay } from "@/lib/domain/periods";
import { conflict, refuse, type Result } from "@/lib/refusal";
import type { CataloguePlan } from "@/lib/schemas/catalogue";
import example from "./example-catalogue.json";
import { importCatalogue } from "./catalogue";

export const EXAMPLE_CATALOGUE_DAY = "2026-12-01";
export const EXAMPLE_CATALOGUE_PATH = path.join(process.cwd(), "lib/services/example-catalogue.json");

export async function startFromExample(actor: Actor & { email: string }): Promise<Result<CataloguePlan>> {
  if ((await countValueChains()) > 0) {
    return refuse(
      conflict("The example is a starting point for an empty organisation, and this one has value chains already: import a catalogue file instead."),
    );
  }
  return importCatalogue(actor, startingPoint(example, { from: EXAMPLE_CATALOGUE_DAY, to: utcDay(new Date()), email: actor.email }), { dryRun: false });
}

/** How much the example holds, for the offer on the set-up page. */
export function exampleSize() {
  return {
    valueChains: example.valueChains.length,
    businessFunctions: example.businessFunctions.length,
    priorities: example.priorities.length,
    processes: example.processes.length,
    capabilities: example.capabilities.length,
    kpis: example.kpis.length,
    links: example.links.length,
  };
}
