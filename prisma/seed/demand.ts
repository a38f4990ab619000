// Writes business demand: value chains, business functions, demand-profile history, priorities.
import { addDays } from "@/lib/domain/periods";
import { atHour, quarterStart } from "./calendar";
import { BUSINESS_FUNCTIONS, BUSINESS_PRIORITIES, DEMAND_PROFILES, VALUE_CHAINS } from "./demand-catalogue";
import { idOf, type IdsByCode, type SeedContext } from "./types";

export interface DemandIds {
  functionIds: IdsByCode;
  priorityIds: IdsByCode;
}

export interface DemandCounts {
  valueChains: number;
  businessFunctions: number;
  demandProfiles: number;
  businessPriorities: number;
}

export async function seedDemand(ctx: SeedContext): Promise<{ ids: DemandIds; created: DemandCounts }> {
  const { db } = ctx;
  const chains = await db.valueChain.createMany({ data: [...VALUE_CHAINS], skipDuplicates: true });
  const chainIds = new Map((await db.valueChain.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));

  const functions = await db.businessFunction.createMany({
    data: BUSINESS_FUNCTIONS.map(({ valueChain, ...fn }) => ({ ...fn, valueChainId: idOf(chainIds, valueChain) })),
    skipDuplicates: true,
  });
  const functionIds = await codesToIds(
    ctx,
    BUSINESS_FUNCTIONS.map((fn) => fn.code),
  );
  const demandProfiles = await seedProfiles(ctx, functionIds);

  const priorities = await ctx.db.businessPriority.createMany({
    data: BUSINESS_PRIORITIES.map((priority) => ({
      code: priority.code,
      title: priority.title,
      description: priority.description,
      businessFunctionId: priority.function ? idOf(functionIds, priority.function) : null,
      weight: priority.weight,
      startsOn: quarterStart(ctx.today, priority.startsQuarter),
      // A priority ending "at quarter q" runs until the last day before quarter q starts.
      endsOn: priority.endsQuarter === null ? null : addDays(quarterStart(ctx.today, priority.endsQuarter), -1),
    })),
    skipDuplicates: true,
  });
  const priorityRows = await db.businessPriority.findMany({
    where: { code: { in: BUSINESS_PRIORITIES.map((p) => p.code) } },
    select: { id: true, code: true },
  });
  const priorityIds = new Map(priorityRows.map((p) => [p.code, p.id]));

  return {
    ids: { functionIds, priorityIds },
    created: { valueChains: chains.count, businessFunctions: functions.count, demandProfiles, businessPriorities: priorities.count },
  };
}

async function codesToIds(ctx: SeedContext, codes: string[]): Promise<IdsByCode> {
  const rows = await ctx.db.businessFunction.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  return new Map(rows.map((row) => [row.code, row.id]));
}

/**
 * Profile history is written only for functions that have none yet: profiles are dated relative to
 * `today`, so a later run would otherwise stack a second, shifted history onto the first.
 */
async function seedProfiles(ctx: SeedContext, functionIds: IdsByCode): Promise<number> {
  const profiled = await ctx.db.demandProfile.findMany({ distinct: ["businessFunctionId"], select: { businessFunctionId: true } });
  const hasHistory = new Set(profiled.map((p) => p.businessFunctionId));
  const data = DEMAND_PROFILES.filter((profile) => !hasHistory.has(idOf(functionIds, profile.function))).map(({ function: code, fromQuarter, ...profile }) => {
    const effectiveFrom = quarterStart(ctx.today, fromQuarter);
    // Profiles are agreed at a demand-profiling review about two weeks before they take effect.
    return {
      ...profile,
      businessFunctionId: idOf(functionIds, code),
      effectiveFrom,
      recordedById: ctx.userIds.cto,
      recordedAt: atHour(addDays(effectiveFrom, -14), 10),
    };
  });
  const created = await ctx.db.demandProfile.createMany({ data, skipDuplicates: true });
  return created.count;
}
