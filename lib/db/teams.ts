// Teams and their members: the list, one by code, and the writes their create and edit
// (lib/services/teams.ts) make. Membership is the member's teamId: one team per person.
import type { Stream } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import type { Tx } from "./transaction";

export const TEAM_ROW = {
  id: true,
  code: true,
  name: true,
  stream: true,
  description: true,
  archivedAt: true,
  version: true,
  members: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } },
} satisfies Prisma.TeamSelect;

export function listTeams(filter: { archived: boolean }) {
  return db().team.findMany({ where: { archivedAt: filter.archived ? { not: null } : null }, orderBy: [{ stream: "asc" }, { name: "asc" }], select: TEAM_ROW });
}

export function getTeam(code: string, tx: Tx = db()) {
  return tx.team.findUnique({ where: { code }, select: TEAM_ROW });
}
export type TeamRow = NonNullable<Awaited<ReturnType<typeof getTeam>>>;

export function teamCodeTaken(tx: Tx, code: string): Promise<boolean> {
  return tx.team.count({ where: { code } }).then((n) => n > 0);
}

/** Active people by lower-cased email, with the team they are in now (null for none). */
export async function peopleWithTeams(tx: Tx, emails: readonly string[]) {
  if (emails.length === 0) return new Map<string, { id: number; email: string; team: { code: string } | null }>();
  const people = await tx.user.findMany({
    where: { active: true, OR: emails.map((email) => ({ email: { equals: email, mode: "insensitive" as const } })) },
    select: { id: true, email: true, team: { select: { code: true } } },
  });
  return new Map(people.map((person) => [person.email.toLowerCase(), person]));
}

export function createTeam(tx: Tx, team: { code: string; name: string; stream: Stream; description: string }) {
  return tx.team.create({ data: team, select: { id: true } });
}

/** Writes the changes and bumps the version only while it is still `version`: a concurrent save loses (false). */
export async function updateTeamAtVersion(
  tx: Tx,
  id: number,
  version: number,
  changes: { name?: string; stream?: Stream; description?: string; archivedAt?: Date | null },
): Promise<boolean> {
  const bumped = await tx.team.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  return bumped.count > 0;
}

/** Makes `memberIds` the team's active members: the others leave it, the new ones leave their old team. */
export async function setMembers(tx: Tx, teamId: number, memberIds: readonly number[]): Promise<void> {
  await tx.user.updateMany({ where: { teamId, active: true, id: { notIn: [...memberIds] } }, data: { teamId: null } });
  await tx.user.updateMany({ where: { id: { in: [...memberIds] } }, data: { teamId } });
}

/** Teams whose membership a move touches get a new version too, so their open forms go stale. */
export function bumpTeams(tx: Tx, codes: readonly string[]) {
  return tx.team.updateMany({ where: { code: { in: [...codes] } }, data: { version: { increment: 1 } } });
}

/** Everyone who can sign in, with the team they are in, for the "add a member" pickers. */
export function listPeopleWithTeam() {
  return db().user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { email: true, name: true, role: true, team: { select: { code: true, name: true } } },
  });
}
