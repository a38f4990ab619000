// Processes in the OpenAPI document: create, read, change (what it is and who owns it, or its
// documentation, steps and monitoring actions) and log a monitoring action as done.
import { z } from "zod";
import { body, json, problem, refusals, type JsonSchema } from "./openapi-parts";
import {
  monitoringDoneSchema,
  monitoringLogJsonSchema,
  processChangeSchema,
  processCreateSchema,
  processJsonSchema,
  processStepsReplaceSchema,
} from "@/lib/schemas/process";

const codeParameter = { name: "code", in: "path", required: true, description: "The process's code.", schema: { type: "string" } };
const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The monitoring action's id, as the process's GET returns it.",
  schema: { type: "integer" },
};
const one = z.object({ process: processJsonSchema });
const stepsAnswer = z.object({ steps: processJsonSchema.shape.steps, version: z.number().int() });
const missing = problem("No process has that code.");

export function processPaths(): JsonSchema {
  return {
    "/api/v1/processes": {
      get: {
        operationId: "listProcesses",
        summary: "Every process with its steps, mapped KPIs and monitoring actions' due states",
        responses: { "200": json(z.object({ processes: z.array(processJsonSchema) }), "The processes, by code."), ...refusals("process:read") },
      },
      post: {
        operationId: "createProcess",
        summary: "Create a process and name its owner; its code is fixed from then on",
        requestBody: body(processCreateSchema),
        responses: {
          "201": json(one, "The new process, with no steps yet."),
          ...refusals("process:manage: admins and executives"),
          "409": problem("The code is taken."),
          "413": problem("The body is over 8 KB."),
          "422": problem("A field was refused (`errors` names each): a malformed code, a missing name, an owner who is not an active user."),
        },
      },
    },
    "/api/v1/processes/{code}": {
      get: {
        operationId: "getProcess",
        summary: "One process",
        parameters: [codeParameter],
        responses: { "200": json(one, "The process."), ...refusals("process:read"), "404": missing },
      },
      patch: {
        operationId: "updateProcess",
        summary:
          "Change a process with the version last read: name, kind, framework, ownerEmail (admins and executives) or its documentation, steps and monitoring (its owner, admins)",
        parameters: [codeParameter],
        requestBody: body(processChangeSchema),
        responses: {
          "200": json(one, "The process as changed, with its new version."),
          ...refusals("process:manage for what it is and who owns it; process:update (its owner) for the rest"),
          "404": missing,
          "409": problem("Someone else changed it since `version`, or a step or action id is no longer there: nothing was saved."),
          "413": problem("The body is over 128 KB."),
          "422": problem("A field was refused (`errors` names each), a step with KPIs mapped to it was left out, or nothing to change was sent."),
        },
      },
    },
    "/api/v1/processes/{code}/steps": {
      get: {
        operationId: "listProcessSteps",
        summary: "The process's steps in order, with the KPIs mapped to each, and the process's version",
        parameters: [codeParameter],
        responses: { "200": json(stepsAnswer, "The steps."), ...refusals("process:read"), "404": missing },
      },
      put: {
        operationId: "replaceProcessSteps",
        summary: "Replace the steps in their new order, with the version last read; steps named by their id keep it (and their KPIs)",
        parameters: [codeParameter],
        requestBody: body(processStepsReplaceSchema),
        responses: {
          "200": json(stepsAnswer, "The steps as saved, with the process's new version."),
          ...refusals("process:update: the process owner, admins"),
          "404": missing,
          "409": problem("Someone else changed the process since `version`, or a step id is no longer there: nothing was saved."),
          "413": problem("The body is over 64 KB."),
          "422": problem("A step was refused (`errors` names it, e.g. `steps[2].name`), or a step with KPIs mapped to it was left out."),
        },
      },
    },
    "/api/v1/processes/{code}/monitoring": {
      get: {
        operationId: "listProcessMonitoring",
        summary: "The process's monitoring actions with their due states, and the latest 50 log entries",
        parameters: [codeParameter],
        responses: {
          "200": json(
            z.object({ monitoring: processJsonSchema.shape.monitoring, log: z.array(monitoringLogJsonSchema) }),
            "Actions and log, newest entry first.",
          ),
          ...refusals("process:read"),
          "404": missing,
        },
      },
    },
    "/api/v1/processes/{code}/monitoring/{id}/done": {
      post: {
        operationId: "logMonitoringDone",
        summary: "Log a monitoring action as carried out on a day (by whoever is accountable, the process owner or an admin)",
        parameters: [codeParameter, idParameter],
        requestBody: body(monitoringDoneSchema),
        responses: {
          "201": json(z.object({ entry: monitoringLogJsonSchema }), "The log entry."),
          ...refusals("monitoring:log: the accountable person; or process:update: the process owner"),
          "404": problem("The process has no live monitoring action with that id."),
          "413": problem("The body is over 8 KB."),
          "422": problem("doneOn is not a date, is after today or before the action was set up; or the note is too long."),
        },
      },
    },
  };
}
