"use server";
// The backlog's forms. Each one reshapes its fields into the input the use case takes (the same
// one the API sends as JSON) and says the result in the form's terms.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { notFound, refuse } from "@/lib/refusal";
import { decideInitiative } from "@/lib/services/board-decisions";
import { setCapacity } from "@/lib/services/capacity";
import { commentOnInitiative, proposeInitiative } from "@/lib/services/initiatives";
import { action, idField, optionalNumber, optionalText, type FormFields } from "./action";
import { topField } from "./form-state";

const noSuchInitiative = () => refuse(notFound("This initiative does not exist."));

/** The propose form links one KPI; its code and improvement arrive as kpiCode and expectedImprovement. */
const proposalField = (path: string) =>
  path.startsWith("kpis[0].expectedImprovement") ? "expectedImprovement" : path.startsWith("kpis") ? "kpiCode" : (path.split(/[.[]/, 1)[0] ?? path);

function proposal(fields: FormFields) {
  const kpiCode = optionalText(fields, "kpiCode");
  return {
    title: optionalText(fields, "title") ?? "",
    problem: optionalText(fields, "problem") ?? "",
    rootCause: optionalText(fields, "rootCause"),
    methodology: optionalText(fields, "methodology"),
    stream: optionalText(fields, "stream"),
    businessFunction: optionalText(fields, "businessFunction"),
    effortWeeks: optionalNumber(fields, "effortWeeks"),
    timeCriticality: optionalNumber(fields, "timeCriticality"),
    riskReduction: optionalNumber(fields, "riskReduction"),
    targetDate: optionalText(fields, "targetDate"),
    dmaicPhase: optionalText(fields, "dmaicPhase"),
    orchestration: optionalText(fields, "orchestration"),
    kpis: kpiCode ? [{ code: kpiCode, expectedImprovement: optionalNumber(fields, "expectedImprovement") }] : [],
  };
}

export const proposeInitiativeAction = action({
  permission: "initiative:propose",
  run: (fields, user) => proposeInitiative(user, proposal(fields)),
  field: proposalField,
  done: (initiative) => {
    revalidatePath("/backlog");
    redirect(`/backlog/${initiative.id}?proposed=1`);
  },
});

/** One board decision (or an owner's start/complete) on the initiative named by the hidden initiativeId. */
export const decideInitiativeAction = action({
  permission: "initiative:read",
  run: (fields, user) => {
    const id = idField(fields, "initiativeId");
    if (id === null) return Promise.resolve(noSuchInitiative());
    return decideInitiative(user, id, {
      decision: optionalText(fields, "decision"),
      rationale: optionalText(fields, "rationale") ?? "",
      meetingDate: optionalText(fields, "meetingDate"),
      version: optionalNumber(fields, "version"),
      rank: optionalNumber(fields, "rank"),
    });
  },
  // The decision form has no root cause or KPI field: what the move lacks is said on the decision.
  field: (path) => (path === "rootCause" || path.startsWith("kpis") ? "decision" : topField(path)),
  done: ({ decision, initiative }) => {
    revalidatePath("/backlog");
    revalidatePath(`/backlog/${initiative.id}`);
    return `Recorded: ${decision.decision}. The initiative is now ${initiative.status.replace("_", " ")}.`;
  },
});

export const commentOnInitiativeAction = action({
  permission: "initiative:read",
  run: (fields, user) => {
    const id = idField(fields, "initiativeId");
    return id === null ? Promise.resolve(noSuchInitiative()) : commentOnInitiative(user, id, { body: fields.body ?? "" });
  },
  done: (_comment, fields) => {
    revalidatePath(`/backlog/${fields.initiativeId}`);
    return "Comment added.";
  },
});

export const setCapacityAction = action({
  permission: "capacity:set",
  run: (fields, user) => setCapacity(user, { quarterStart: fields.quarterStart, personWeeks: optionalNumber(fields, "personWeeks") }),
  // The quarter is a hidden field: a problem with it is shown on the one field the form has.
  field: () => "personWeeks",
  done: (capacity) => {
    revalidatePath("/backlog");
    return `Capacity set to ${capacity.personWeeks} person-weeks.`;
  },
});
