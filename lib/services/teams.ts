// Exploit and explore teams (O'Reilly & Tushman: separate units under one senior team) and who is
// in them. Admins and the CTO set them up; a person is in at most one team, so adding someone
// moves them, and both teams' versions move on. A team is archived, never deleted, once empty.
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/transaction";
import { bumpTeams, createTeam, getTeam, peopleWithTeams, setMembers, teamCodeTaken, updateTeamAtVersion, type TeamRow } from "@/lib/db/teams";
import { conflict, invalid, invalidAt, notFound, ok, refuse, type FieldProblem, type Result } from "@/lib/refusal";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { parseWith } from "@/lib/schemas/problems";
import { TEAM_EDITABLE, teamChangeSchema, teamCreateSchema, type TeamJson } from "@/lib/schemas/team";
import { transactionally } from "./transaction";
import { changedMeanwhile, createUnlessTaken } from "./unique-code";

export function teamJson(row: TeamRow): TeamJson {
  return {
    code: row.code,
    name: row.name,
    stream: row.stream,
    description: row.description,
    members: row.members.map((member) => ({ email: member.email, name: member.name })),
    archived: row.archivedAt !== null,
    version: row.version,
  };
}

const taken = (code: string) => conflict(`A team with code ${code} already exists (perhaps archived). Choose another code.`);
const missing = (code: string) => notFound(`There is no team ${code}.`);

/**
 * Makes the listed people the team's members, moving them from other teams; a refusal naming each
 * email that is not an active user's. Returns the codes of the teams people left.
 */
async function placeMembers(tx: Tx, team: { id: number; code: string }, emails: readonly string[]): Promise<Result<string[]>> {
  const people = await peopleWithTeams(tx, emails);
  const problems: FieldProblem[] = [];
  const ids: number[] = [];
  const leftTeams = new Set<string>();
  for (const [index, email] of emails.entries()) {
    const person = people.get(email.toLowerCase());
    if (!person) problems.push({ path: `members[${index}]`, message: `No active user has the email ${email}.` });
    else {
      ids.push(person.id);
      if (person.team && person.team.code !== team.code) leftTeams.add(person.team.code);
    }
  }
  if (problems.length > 0) return refuse(invalid(problems));
  await setMembers(tx, team.id, ids);
  await bumpTeams(tx, [...leftTeams]);
  return ok([...leftTeams]);
}

export async function createTeamFor(actor: Actor, input: unknown): Promise<Result<TeamJson>> {
  if (!can(actor, "team:manage")) return refuse(notPermitted("team:manage"));
  const parsed = parseWith(teamCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { members, ...team } = parsed.value;
  return createUnlessTaken(taken(team.code), () =>
    transactionally(async (tx) => {
      if (await teamCodeTaken(tx, team.code)) return refuse(taken(team.code));
      const { id } = await createTeam(tx, team);
      const placed = await placeMembers(tx, { id, code: team.code }, members);
      if (!placed.ok) return placed;
      const created = teamJson(await mustFind(tx, team.code));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "team.create",
        entityType: "Team",
        entityId: team.code,
        after: { ...created, movedFrom: placed.value },
      });
      return ok(created);
    }),
  );
}

/** Changes what is sent at the version the editor saw; `members` replaces the list; `archived` archives (once empty) or restores. */
export async function changeTeam(actor: Actor, code: string, input: unknown): Promise<Result<TeamJson>> {
  if (!can(actor, "team:manage")) return refuse(notPermitted("team:manage"));
  if (!codeParamSchema.safeParse(code).success) return refuse(missing(code));
  const parsed = parseWith(teamChangeSchema, input);
  if (!parsed.ok) return parsed;
  const { version, archived, members, ...fields } = parsed.value;
  const edits = TEAM_EDITABLE.some((field) => parsed.value[field] !== undefined);
  if (!edits && archived === undefined) return refuse(invalidAt("body", `Send version with what to change: ${[...TEAM_EDITABLE, "archived"].join(", ")}`));
  return transactionally(async (tx) => {
    const current = await getTeam(code, tx);
    if (!current) return refuse(missing(code));
    const stale = changedMeanwhile(`Team ${code}`);
    if (current.version !== version) return refuse(stale);
    const isArchived = current.archivedAt !== null;
    if (archived === isArchived && !edits) return refuse(invalidAt("archived", `Team ${code} is already ${isArchived ? "archived" : "live"}.`));
    if (isArchived && archived !== false) return refuse(invalidAt("archived", `Team ${code} is archived: restore it (archived: false) to change it.`));
    const remaining = members ?? current.members.map((member) => member.email);
    if (archived === true && remaining.length > 0) {
      return refuse(
        invalidAt(
          "archived",
          `Team ${code} still has ${remaining.length === 1 ? "1 member" : `${remaining.length} members`}: move them to another team first.`,
        ),
      );
    }
    const changes = { ...fields, ...(archived !== undefined && archived !== isArchived ? { archivedAt: archived ? new Date() : null } : {}) };
    if (!(await updateTeamAtVersion(tx, current.id, version, changes))) return refuse(stale);
    const placed = members === undefined ? ok<string[]>([]) : await placeMembers(tx, current, members);
    if (!placed.ok) return placed;
    const changed = teamJson(await mustFind(tx, code));
    const action = changes.archivedAt === undefined ? "team.update" : changes.archivedAt === null ? "team.restore" : "team.archive";
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "Team",
      entityId: code,
      before: teamJson(current),
      after: { ...changed, movedFrom: placed.value },
    });
    return ok(changed);
  });
}

async function mustFind(tx: Tx, code: string): Promise<TeamRow> {
  const team = await getTeam(code, tx);
  if (!team) throw new Error(`Team ${code} vanished inside its own transaction`);
  return team;
}
