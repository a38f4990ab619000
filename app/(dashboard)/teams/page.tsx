import type { Metadata } from "next";
import Link from "next/link";
import { TeamArchiveControl, TeamCreateForm, TeamEditForm, TeamMembersForm, type Candidate } from "@/components/teams/team-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { requirePermission } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { listPeopleWithTeam, listTeams } from "@/lib/db/teams";
import { STREAMS, type Stream } from "@/lib/domain/enums";
import { STREAM_LABELS } from "@/lib/domain/vocabulary";
import { plural } from "@/lib/format";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { teamListQuerySchema } from "@/lib/schemas/team";

export const metadata: Metadata = { title: "Teams" };

type TeamRow = Awaited<ReturnType<typeof listTeams>>[number];

export default async function TeamsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("process:read");
  const { values: query, refused } = parseSearchParams(teamListQuerySchema, await searchParams);
  const manages = can(user, "team:manage");
  const [teams, people] = await Promise.all([listTeams(query), manages ? listPeopleWithTeam() : Promise.resolve([])]);
  const candidatesFor = (team: TeamRow): Candidate[] =>
    people
      .filter((person) => person.team?.code !== team.code)
      .map((person) => ({ email: person.email, label: `${person.name} · ${ROLE_LABELS[person.role]}${person.team ? ` (now in ${person.team.name})` : ""}` }));

  return (
    <>
      <PageHeader
        eyebrow="Structural ambidexterity"
        title="Teams"
        description="Exploit teams run and improve what exists; explore teams find what comes next. They are kept apart under one senior team, and each person is in at most one."
        actions={
          <Link href={query.archived ? "/teams" : "/teams?archived=true"} className="text-sm font-medium text-brand-700 hover:underline">
            {query.archived ? "Show live teams" : "Show archived teams"}
          </Link>
        }
      />
      <RefusedFilters refused={refused} fallbacks={{ archived: "live teams" }} />
      {manages && !query.archived && (
        <Card>
          <div className="px-5 py-3">
            <Disclosure label="New team" open={teams.length === 0}>
              <TeamCreateForm />
            </Disclosure>
          </div>
        </Card>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {STREAMS.map((stream) => (
          <StreamColumn
            key={stream}
            stream={stream}
            teams={teams.filter((team) => team.stream === stream)}
            archived={query.archived}
            manages={manages}
            candidatesFor={candidatesFor}
          />
        ))}
      </div>
    </>
  );
}

function StreamColumn({
  stream,
  teams,
  archived,
  manages,
  candidatesFor,
}: {
  stream: Stream;
  teams: TeamRow[];
  archived: boolean;
  manages: boolean;
  candidatesFor: (team: TeamRow) => Candidate[];
}) {
  return (
    <section aria-labelledby={`${stream}-teams`}>
      <h2 id={`${stream}-teams`} className="mb-3 flex items-center gap-2 text-sm font-semibold text-slate-700">
        <Badge tone={stream}>{STREAM_LABELS[stream]}</Badge> {plural(teams.length, archived ? "archived team" : "team")}
      </h2>
      {teams.length === 0 ? (
        <EmptyState title={archived ? `No archived ${stream} teams` : `No ${stream} teams yet`}>
          {archived ? "" : manages ? "Create one with New team, then add its members." : "Administrators and the CTO set up teams."}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {teams.map((team) => (
            <Card key={team.code}>
              <CardHeader title={team.name} description={`${team.code} · ${plural(team.members.length, "member")}`} />
              <div className="space-y-3 px-5 py-4 text-sm">
                {team.description && <p className="text-slate-700">{team.description}</p>}
                {manages && !archived ? (
                  <TeamMembersForm team={team} members={team.members} candidates={candidatesFor(team)} />
                ) : team.members.length === 0 ? (
                  <p className="text-slate-500">No members.</p>
                ) : (
                  <ul className="space-y-1" aria-label={`Members of ${team.name}`}>
                    {team.members.map((member) => (
                      <li key={member.email}>
                        <span className="text-slate-900">{member.name}</span> <span className="text-xs text-slate-500">· {ROLE_LABELS[member.role]}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {manages && (
                  <div className="space-y-3 border-t border-slate-100 pt-3">
                    {!archived && (
                      <Disclosure label={`Edit ${team.name}`}>
                        <TeamEditForm team={team} />
                      </Disclosure>
                    )}
                    <TeamArchiveControl team={team} archived={archived} empty={team.members.length === 0} />
                  </div>
                )}
              </div>
            </Card>
          ))}
        </div>
      )}
    </section>
  );
}
