// The demo sign-ins and the exploit/explore teams they work in (O'Reilly & Tushman: exploit and
// explore teams are separate units under one senior team).
import bcrypt from "bcryptjs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import type { Role, Stream } from "@/lib/generated/prisma/client";
import type { DemoPersona, SeedDb } from "./types";

export { DEMO_PASSWORD };

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
}

/** The sign-in page lists the same accounts: lib/demo-accounts is the one source of them. */
export const DEMO_USERS: readonly DemoUser[] = DEMO_ACCOUNTS.map(({ email, name, role }) => ({ email, name, role }));

const TEAMS: readonly { code: string; name: string; stream: Stream; description: string }[] = [
  {
    code: "RUN-OPS",
    name: "Run & Operate",
    stream: "exploit",
    description: "Data centre, networks, trading-floor support and the service desk: keeps the firm running.",
  },
  {
    code: "SVC-MGMT",
    name: "Service Management",
    stream: "exploit",
    description: "Change, incident, problem and service-level management on ITIL/COBIT.",
  },
  {
    code: "INNOV-LAB",
    name: "Innovation Lab",
    stream: "explore",
    description: "New technology assessment and proofs of concept, with operations staff seconded in.",
  },
  {
    code: "PRODUCT",
    name: "IT Product Management",
    stream: "explore",
    description: "Internal-customer-facing product managers, solution integration and new product introduction.",
  },
];

/** Which team each persona sits in; the CTO, admin, board and viewer sit above or outside them. */
const TEAM_OF: Partial<Record<DemoPersona, string>> = { owner: "RUN-OPS", owner2: "PRODUCT" };

export function personaOf(email: string): DemoPersona {
  return email.slice(0, email.indexOf("@")) as DemoPersona;
}

export function emailOf(persona: DemoPersona): string {
  return `${persona}@example.com`;
}

export async function seedPeople(db: SeedDb): Promise<{ userIds: Record<DemoPersona, number>; created: { users: number; teams: number } }> {
  const teams = await db.team.createMany({ data: [...TEAMS], skipDuplicates: true });
  const teamIds = new Map((await db.team.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));

  const emails = DEMO_USERS.map((user) => user.email);
  const found = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const existing = new Set(found.map((user) => user.email));
  // Hash only for users that are missing: bcrypt is deliberately slow, and re-runs change nothing.
  const missing = DEMO_USERS.filter((user) => !existing.has(user.email));
  const data = await Promise.all(
    missing.map(async (user) => {
      const teamCode = TEAM_OF[personaOf(user.email)];
      const teamId = teamCode ? (teamIds.get(teamCode) ?? null) : null;
      return { ...user, teamId, passwordHash: await bcrypt.hash(DEMO_PASSWORD, 10) };
    }),
  );
  const users = await db.user.createMany({ data, skipDuplicates: true });
  return { userIds: await demoUserIds(db), created: { users: users.count, teams: teams.count } };
}

const PERSONAS: readonly DemoPersona[] = ["admin", "cto", "owner", "owner2", "board", "viewer"];

async function demoUserIds(db: SeedDb): Promise<Record<DemoPersona, number>> {
  const emails = PERSONAS.map(emailOf);
  const rows = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  const entries = PERSONAS.map((persona) => {
    const id = byEmail.get(emailOf(persona));
    if (id === undefined) throw new Error(`Demo user ${emailOf(persona)} is missing`);
    return [persona, id] as const;
  });
  return Object.fromEntries(entries) as Record<DemoPersona, number>;
}
