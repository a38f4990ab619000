import { db } from "./client";

export async function listInitiatives() {
  return db().initiative.findMany({
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { proposedAt: "desc" }],
    select: {
      id: true,
      code: true,
      title: true,
      status: true,
      methodology: true,
      stream: true,
      effortWeeks: true,
      rank: true,
      targetDate: true,
      owner: { select: { name: true } },
      businessFunction: { select: { name: true } },
      _count: { select: { kpis: true, decisions: true } },
    },
  });
}
