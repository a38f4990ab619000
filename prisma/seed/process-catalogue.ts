// The process-management control system of the demo IT function: each process has an owner,
// documentation (inputs, outputs, steps, decisions, roles) and monitoring actions. Plain data.
import type { KpiFrequency, Stream } from "@/lib/generated/prisma/client";
import { EXPLOIT_PROCESSES } from "./process-catalogue-exploit";
import { EXPLORE_PROCESSES } from "./process-catalogue-explore";
import type { DemoPersona } from "./types";

export interface ProcessSeed {
  code: string;
  name: string;
  kind: Stream;
  framework: string;
  purpose: string;
  owner: DemoPersona;
  inputs: string[];
  outputs: string[];
  decisions: string[];
  roles: string[];
  /** In flow order; a KPI refers to a step by its 1-based position. */
  steps: { name: string; description: string }[];
  monitoring: { action: string; cadence: KpiFrequency; accountable: DemoPersona }[];
}

export const PROCESSES: readonly ProcessSeed[] = [...EXPLOIT_PROCESSES, ...EXPLORE_PROCESSES];

/** The key of a process step, as KPIs refer to it: "PRC-CHG#5". */
export function stepKey(processCode: string, position: number): string {
  return `${processCode}#${position}`;
}
