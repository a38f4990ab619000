"use server";

import { redirect } from "next/navigation";
import { changeProcess, createProcessFor, logMonitoringDone } from "@/lib/services/processes";
import { action, idField, optionalNumber, revalidateEverywhere, type FormFields } from "./action";

/** A textarea with one item per line, as the API's list of lines. */
const lines = (fields: FormFields, name: string): string[] => (fields[name] ?? "").split(/\r?\n/);

/** Ordered rows (steps, monitoring actions) travel as one JSON field, since FormData has no arrays; text that is not JSON is left for the schema to refuse. */
function jsonRows(fields: FormFields, name: string): unknown {
  try {
    return JSON.parse(fields[name] ?? "") as unknown;
  } catch {
    return fields[name];
  }
}

const processHref = (code: string) => `/processes/${encodeURIComponent(code)}`;

export const createProcessAction = action({
  permission: "process:manage",
  run: (fields, user) =>
    createProcessFor(user, {
      code: fields.code ?? "",
      name: fields.name ?? "",
      kind: fields.kind ?? "",
      framework: fields.framework ?? "",
      purpose: fields.purpose ?? "",
      ownerEmail: fields.ownerEmail ?? "",
    }),
  done: (process) => {
    revalidateEverywhere();
    redirect(`${processHref(process.code)}?created=1`);
  },
});

// The wrapper checks that the role may change some process; changeProcess checks which fields and whose.
export const changeProcessIdentityAction = action({
  permission: "process:manage",
  run: (fields, user) =>
    changeProcess(user, fields.code ?? "", {
      version: optionalNumber(fields, "version"),
      name: fields.name ?? "",
      kind: fields.kind ?? "",
      framework: fields.framework ?? "",
      ownerEmail: fields.ownerEmail ?? "",
    }),
  done: (process) => {
    revalidateEverywhere();
    return `Saved. ${process.name} is owned by ${process.owner.name}; the process is now at version ${process.version}.`;
  },
});

export const updateProcessDocumentationAction = action({
  permission: "process:update",
  run: (fields, user) =>
    changeProcess(user, fields.code ?? "", {
      version: optionalNumber(fields, "version"),
      purpose: fields.purpose ?? "",
      inputs: lines(fields, "inputs"),
      outputs: lines(fields, "outputs"),
      decisions: lines(fields, "decisions"),
      roles: lines(fields, "roles"),
      steps: jsonRows(fields, "steps"),
      monitoring: jsonRows(fields, "monitoring"),
    }),
  done: (process) => {
    revalidateEverywhere();
    return `Saved. The process is now at version ${process.version}.`;
  },
});

export const logMonitoringDoneAction = action({
  permission: "monitoring:log",
  run: (fields, user) => logMonitoringDone(user, fields.code ?? "", idField(fields, "actionId") ?? 0, { doneOn: fields.doneOn ?? "", note: fields.note ?? "" }),
  done: (entry) => {
    revalidateEverywhere();
    return `Logged "${entry.action}" as done on ${entry.doneOn}.`;
  },
});
