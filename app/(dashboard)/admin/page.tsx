import type { Metadata } from "next";
import Link from "next/link";
import { UserCreateForm } from "@/components/admin/user-create-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/db/users";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requirePermission("user:manage");
  const users = await listUsers();
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Users and access"
        description="Who can sign in, and with which role. Roles decide what each person may see and do."
        actions={
          <Link href="/admin/audit" className="rounded-md px-3 py-2 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50">
            Audit log
          </Link>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1.4fr_1fr]">
        <Card>
          <CardHeader title="Users" description={`${users.length} accounts`} />
          <Table caption="Users">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Role</Th>
                <Th>Last sign-in</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="user-list">
              {users.map((user) => (
                <tr key={user.id}>
                  <Td>
                    <Link href={`/admin/users/${user.id}`} className="font-medium text-slate-900 hover:underline">
                      {user.name}
                    </Link>
                    <span className="block text-xs text-slate-500">{user.email}</span>
                  </Td>
                  <Td>
                    <Badge tone={user.active ? "neutral" : "red"}>{user.active ? ROLE_LABELS[user.role] : "Deactivated"}</Badge>
                  </Td>
                  <Td>{user.lastSignInAt ? formatDate(user.lastSignInAt) : "Never"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card className="self-start">
          <CardHeader title="Add a user" description="They sign in with this email and password; ask them to keep it private." />
          <UserCreateForm />
        </Card>
      </div>
    </>
  );
}
