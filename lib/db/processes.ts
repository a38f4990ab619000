import { db } from "./client";

export async function listProcesses() {
  return db().process.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      framework: true,
      purpose: true,
      owner: { select: { name: true } },
      _count: { select: { steps: true, monitoring: true } },
      steps: { select: { _count: { select: { kpis: true } } } },
    },
  });
}
