// People in the OpenAPI document: an administrator creates accounts, changes a role, deactivates
// and reactivates, resets a password and hands a leaver's things to someone else.
import { z } from "zod";
import { body, json, problem, refusals, type JsonSchema } from "./openapi-parts";
import { accessChangeSchema, accountJsonSchema, handOverSchema, ownershipJsonSchema, passwordResetSchema, userCreateSchema } from "@/lib/schemas/user";

const emailParameter = { name: "email", in: "path", required: true, description: "The person's email.", schema: { type: "string" } };
const ADMINS = "user:manage: administrators";
const missing = problem("No user has that email.");
const one = z.object({ user: accountJsonSchema });

export function peoplePaths(): JsonSchema {
  return {
    "/api/v1/users": {
      post: {
        operationId: "createUser",
        summary: "Create an account with a first password",
        requestBody: body(userCreateSchema),
        responses: {
          "201": json(
            z.object({ user: z.object({ id: z.number().int(), email: z.string(), name: z.string(), role: z.string(), active: z.boolean() }) }),
            "The new account.",
          ),
          ...refusals(ADMINS),
          "413": problem("The body is over 4 KB."),
          "422": problem("A field was refused: a taken or malformed email, an unknown role, a short password."),
        },
      },
    },
    "/api/v1/users/{email}": {
      get: {
        operationId: "getUser",
        summary: "An account and everything the person owns or is accountable for",
        parameters: [emailParameter],
        responses: {
          "200": json(z.object({ account: accountJsonSchema, owns: ownershipJsonSchema }), "The account and what a hand-over would move."),
          ...refusals(ADMINS),
          "404": missing,
        },
      },
      patch: {
        operationId: "updateUser",
        summary: "Change a role or name, or deactivate (sessions and tokens stop at once) or reactivate, with the version last read",
        parameters: [emailParameter],
        requestBody: body(accessChangeSchema),
        responses: {
          "200": json(one, "The account as changed."),
          ...refusals(ADMINS),
          "404": missing,
          "409": problem("Someone else changed the account since `version`."),
          "422": problem("A field was refused, or the change would lock administrators out (your own access, the last administrator)."),
        },
      },
    },
    "/api/v1/users/{email}/password": {
      post: {
        operationId: "resetPassword",
        summary: "Set a new password for the person, to be handed to them privately",
        parameters: [emailParameter],
        requestBody: body(passwordResetSchema),
        responses: {
          "200": json(one, "The account, at its new version."),
          ...refusals(ADMINS),
          "404": missing,
          "409": problem("Stale `version`."),
          "422": problem("The password was refused."),
        },
      },
    },
    "/api/v1/users/{email}/hand-over": {
      post: {
        operationId: "handOverOwnership",
        summary: "Move everything the person owns (KPIs, processes, capabilities, open initiatives, monitoring actions) to someone else, all or nothing",
        parameters: [emailParameter],
        requestBody: body(handOverSchema),
        responses: {
          "200": json(
            z.object({ from: accountJsonSchema, to: accountJsonSchema, moved: ownershipJsonSchema, dryRun: z.boolean() }),
            "What moved (or, with dryRun, would move).",
          ),
          ...refusals(ADMINS),
          "404": missing,
          "422": problem("toEmail names no active user, the same person, or someone whose role may not act on what would move."),
        },
      },
    },
  };
}
