import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { InitiativeStatus, Methodology } from "@/lib/generated/prisma/client";
import { makeUser } from "../factories";

async function createInitiative(fields: { status: InitiativeStatus; rootCause?: string; methodology?: Methodology; dmaicPhase?: "define" }) {
  const owner = await makeUser({ role: "process_owner" });
  return db().initiative.create({
    data: {
      code: `INI-${randomUUID().slice(0, 8)}`,
      title: "t",
      problem: "p",
      methodology: "lean",
      stream: "exploit",
      ownerId: owner.id,
      effortWeeks: 4,
      ...fields,
    },
  });
}

describe("disciplined improvement rules held by the database", () => {
  it.each(["approved", "in_progress", "done"] as const)("refuses a %s initiative without a root cause", async (status) => {
    await expect(createInitiative({ status })).rejects.toThrow(/initiative_root_cause_before_approval/);
    await expect(createInitiative({ status, rootCause: "   " })).rejects.toThrow(/initiative_root_cause_before_approval/);
  });

  it.each(["proposed", "triaged", "rejected", "deferred"] as const)("allows a %s initiative without a root cause yet", async (status) => {
    await expect(createInitiative({ status })).resolves.toMatchObject({ status });
  });

  it("allows a DMAIC phase only for Six Sigma", async () => {
    await expect(createInitiative({ status: "proposed", dmaicPhase: "define" })).rejects.toThrow(/initiative_dmaic_only_for_six_sigma/);
    await expect(createInitiative({ status: "proposed", methodology: "six_sigma", dmaicPhase: "define" })).resolves.toMatchObject({ dmaicPhase: "define" });
  });
});
