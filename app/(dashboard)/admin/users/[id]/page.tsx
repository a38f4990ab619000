import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessForm, HandOverForm, PasswordForm, RoleForm } from "@/components/admin/person-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getAccount, listActivePeople } from "@/lib/db/people";
import { formatDate, plural } from "@/lib/format";
import { kpiHref } from "@/lib/href";
import { ownershipOf } from "@/lib/services/people";
import type { OwnershipJson } from "@/lib/schemas/user";

type Params = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Person" };

const idOf = (raw: string) => (/^\d{1,10}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null);

export default async function PersonPage({ params }: Params) {
  const user = await requirePermission("user:manage");
  const id = idOf((await params).id);
  const account = id === null ? null : await getAccount(id);
  if (!account) notFound();
  const [owned, people] = await Promise.all([ownershipOf(user, account.email), listActivePeople()]);
  if (!owned.ok) notFound();
  const owns = owned.value.owns;
  const total = Object.values(owns).reduce((sum, things) => sum + things.length, 0);
  const heirs = people
    .filter((person) => person.id !== account.id)
    .map((person) => ({ email: person.email, label: `${person.name} · ${ROLE_LABELS[person.role]}` }));
  const person = { email: account.email, name: account.name, role: account.role, active: account.active, version: account.version };
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 hover:underline">
          ← Users and access
        </Link>
      </nav>
      <PageHeader
        eyebrow="Administration"
        title={account.name}
        description={
          <>
            {account.email} · last sign-in {account.lastSignInAt ? formatDate(account.lastSignInAt) : "never"} · account since {formatDate(account.createdAt)}
          </>
        }
        actions={
          <Badge tone={account.active ? "neutral" : "red"}>{account.active ? ROLE_LABELS[account.role] : `Deactivated · ${ROLE_LABELS[account.role]}`}</Badge>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1.4fr_1fr]">
        <Card className="self-start">
          <CardHeader
            title={`What ${account.name} owns`}
            description={total === 0 ? "Nothing" : `${plural(total, "thing")} to hand over when they leave or change jobs`}
          />
          <Owned owns={owns} />
          <div className="border-t border-slate-100 p-5">
            <h2 className="mb-3 text-sm font-semibold text-slate-900">Hand everything over</h2>
            <HandOverForm person={person} heirs={heirs} owns={total > 0} />
          </div>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Role" description="Decides what they may see and do; it applies from their next page or API call." />
            <div className="p-5">
              <RoleForm person={person} />
            </div>
          </Card>
          <Card>
            <CardHeader title="Access" />
            <div className="p-5">
              <AccessForm person={person} />
            </div>
          </Card>
          <Card>
            <CardHeader title="Password" description="Set a new one and give it to them privately." />
            <div className="p-5">
              <PasswordForm person={person} />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}

function Owned({ owns }: { owns: OwnershipJson }) {
  const groups = [
    {
      title: "KPIs",
      items: owns.kpis.map((kpi) => ({ key: kpi.code, href: kpiHref(kpi.code), label: kpi.name, detail: kpi.archived ? `${kpi.code} · archived` : kpi.code })),
    },
    {
      title: "Processes",
      items: owns.processes.map((p) => ({ key: p.code, href: `/processes/${encodeURIComponent(p.code)}`, label: p.name, detail: p.code })),
    },
    { title: "Capabilities", items: owns.capabilities.map((c) => ({ key: c.code, href: null, label: c.name, detail: c.code })) },
    {
      title: "Open initiatives",
      items: owns.initiatives.map((i) => ({ key: String(i.id), href: `/backlog/${i.id}`, label: i.title, detail: i.status.replace("_", " ") })),
    },
    {
      title: "Monitoring actions they are accountable for",
      items: owns.monitoring.map((m) => ({ key: String(m.id), href: `/processes/${encodeURIComponent(m.process)}`, label: m.action, detail: m.process })),
    },
  ].filter((group) => group.items.length > 0);
  if (groups.length === 0) return <p className="px-5 py-4 text-sm text-slate-500">No KPIs, processes, capabilities, open initiatives or monitoring actions.</p>;
  return (
    <div className="divide-y divide-slate-100" data-testid="owned">
      {groups.map((group) => (
        <section key={group.title} className="px-5 py-4" aria-label={group.title}>
          <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {group.title} · {group.items.length}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {group.items.map((item) => (
              <li key={item.key} className="grid grid-cols-[1fr_auto] items-baseline gap-3">
                {item.href ? (
                  <Link href={item.href} className="text-slate-900 hover:underline">
                    {item.label}
                  </Link>
                ) : (
                  <span className="text-slate-900">{item.label}</span>
                )}
                <span className="font-mono text-xs text-slate-500">{item.detail}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
