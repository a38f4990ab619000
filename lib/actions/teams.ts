"use server";

import { invalidAt, refuse } from "@/lib/refusal";
import { changeTeam, createTeamFor } from "@/lib/services/teams";
import { action, optionalNumber, revalidateEverywhere, type FormFields } from "./action";

/** The members the form showed, as it sent them (one hidden field, since FormData has no arrays); anything else is left for the schema to refuse. */
function shownMembers(fields: FormFields): unknown {
  try {
    return JSON.parse(fields.members ?? "[]") as unknown;
  } catch {
    return fields.members;
  }
}

export const createTeamAction = action({
  permission: "team:manage",
  run: (fields, user) =>
    createTeamFor(user, { code: fields.code ?? "", name: fields.name ?? "", stream: fields.stream ?? "", description: fields.description ?? "" }),
  done: (team) => {
    revalidateEverywhere();
    return `Created ${team.name} (${team.code}). Add its members next.`;
  },
});

export const changeTeamAction = action({
  permission: "team:manage",
  run: (fields, user) =>
    changeTeam(user, fields.code ?? "", {
      version: optionalNumber(fields, "version"),
      name: fields.name ?? "",
      stream: fields.stream ?? "",
      description: fields.description ?? "",
    }),
  done: (team) => {
    revalidateEverywhere();
    return `Saved. ${team.name} is now at version ${team.version}.`;
  },
});

/** Adds `add` to, or takes `remove` from, the members the form showed: the service checks the version they were read at. */
export const changeTeamMembersAction = action({
  permission: "team:manage",
  run: async (fields, user) => {
    if (!fields.add?.trim() && !fields.remove) return refuse(invalidAt("add", "Choose someone to add."));
    const shown = shownMembers(fields);
    const kept: unknown[] | null = Array.isArray(shown) ? shown.filter((email: unknown) => email !== fields.remove) : null;
    const members = kept === null ? shown : [...kept, ...(fields.add?.trim() ? [fields.add] : [])];
    return changeTeam(user, fields.code ?? "", { version: optionalNumber(fields, "version"), members });
  },
  done: (team, fields) => {
    revalidateEverywhere();
    return fields.remove ? `Removed ${fields.remove} from ${team.name}.` : `Added ${fields.add ?? ""} to ${team.name}.`;
  },
});

export const archiveTeamAction = action({
  permission: "team:manage",
  run: (fields, user) => changeTeam(user, fields.code ?? "", { version: optionalNumber(fields, "version"), archived: fields.archived === "true" }),
  done: (team) => {
    revalidateEverywhere();
    return team.archived ? `${team.name} is archived.` : `${team.name} is live again.`;
  },
});
