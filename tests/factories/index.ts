// Each test makes its own rows, with unique codes, so tests never depend on each other or on the
// seed and can run in parallel on one database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { KpiLayer, Role } from "@/lib/generated/prisma/client";
import { issueApiToken } from "@/lib/auth/api-token";

const unique = () => randomUUID().slice(0, 8).toUpperCase();

export async function makeUser(overrides: { role?: Role; active?: boolean } = {}) {
  const id = unique().toLowerCase();
  return db().user.create({
    data: { email: `user-${id}@test.example`, name: `Test User ${id}`, role: overrides.role ?? "viewer", passwordHash: "x", active: overrides.active ?? true },
  });
}

export async function makeApiToken(userId: number) {
  const issued = issueApiToken();
  await db().apiToken.create({ data: { userId, name: "test", tokenHash: issued.tokenHash, prefix: issued.prefix } });
  return issued.token;
}

export async function makeBusinessFunction() {
  const code = `F${unique()}`;
  return db().businessFunction.create({
    data: { code, name: `Function ${code}`, valueChain: { create: { code: `VC${unique()}`, name: "Test chain" } } },
  });
}

export async function makePriority(businessFunctionId?: number) {
  return db().businessPriority.create({
    data: { code: `P${unique()}`, title: "Test priority", weight: 1, startsOn: new Date("2025-01-01"), businessFunctionId },
  });
}

export async function makeKpi(overrides: { layer?: KpiLayer; ownerId?: number; businessPriorityId?: number } = {}) {
  const layer = overrides.layer ?? "supply";
  const ownerId = overrides.ownerId ?? (await makeUser({ role: "process_owner" })).id;
  const businessPriorityId = overrides.businessPriorityId ?? (layer === "demand" ? (await makePriority()).id : undefined);
  return db().kpi.create({
    data: {
      code: `K${unique()}`,
      name: "Test KPI",
      layer,
      scorecard: "operational",
      unit: "%",
      direction: "higher",
      target: 95,
      redFlag: 90,
      frequency: "monthly",
      indicatorType: "lagging",
      ownerId,
      businessPriorityId,
    },
  });
}
