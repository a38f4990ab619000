// What an edit of an initiative may change, and what it must keep. The database CHECKs hold the
// same rules; saying them here turns a refused write into a message naming the field.
import { ROOT_CAUSE_STATUSES } from "./lifecycle";
import type { InitiativeStatus, Methodology } from "./types";

/** Board members judge urgency and risk; whoever runs the initiative edits everything. */
export const BOARD_EDITABLE_FIELDS: readonly string[] = ["timeCriticality", "riskReduction"];

/** The fields of `changed` a board member who does not run the initiative may not change. */
export function fieldsOutsideBoardEdit(changed: readonly string[]): string[] {
  return changed.filter((field) => !BOARD_EDITABLE_FIELDS.includes(field));
}

export interface InitiativeBeingEdited {
  status: InitiativeStatus;
  methodology: Methodology;
  dmaicPhase: string | null;
}

export interface EditChanges {
  rootCause?: string | null;
  methodology?: Methodology;
  dmaicPhase?: string | null;
}

/** Why the edit may not be made, each at the field it concerns; empty when it may. */
export function editProblems(existing: InitiativeBeingEdited, changes: EditChanges): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (ROOT_CAUSE_STATUSES.includes(existing.status) && changes.rootCause !== undefined && !changes.rootCause) {
    problems.push({ path: "rootCause", message: "An approved initiative must keep its root cause" });
  }
  const methodology = changes.methodology ?? existing.methodology;
  const phase = changes.dmaicPhase !== undefined ? changes.dmaicPhase : existing.dmaicPhase;
  if (phase && methodology !== "six_sigma") {
    problems.push({ path: changes.dmaicPhase ? "dmaicPhase" : "methodology", message: "A DMAIC phase is only for Six Sigma initiatives" });
  }
  return problems;
}
