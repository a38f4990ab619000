import type { Metadata } from "next";
import { ApiTokenCreateForm, RevokeTokenButton } from "@/components/settings/api-tokens";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listApiTokens, type ApiTokenRow } from "@/lib/db/api-tokens";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const tokens = await listApiTokens(user.id);
  return (
    <>
      <PageHeader eyebrow="Settings" title={user.name} description={`${user.email} · ${ROLE_LABELS[user.role]}`} />
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="Create an API token"
            description={`Machine clients call /api/v1 with a token; it acts with your role (${ROLE_LABELS[user.role]}).`}
          />
          <ApiTokenCreateForm />
        </Card>
        <Card>
          <CardHeader title="Your API tokens" description={tokens.length === 0 ? "You have no tokens yet." : `${tokens.length} in all, newest first`} />
          {tokens.length > 0 && <TokenTable tokens={tokens} />}
        </Card>
      </div>
    </>
  );
}

function TokenTable({ tokens }: { tokens: ApiTokenRow[] }) {
  const now = new Date();
  return (
    <Table caption="Your API tokens" minWidthRem={40}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Starts with</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="token-list">
        {tokens.map((token) => {
          const expired = token.expiresAt !== null && token.expiresAt <= now;
          return (
            <tr key={token.id}>
              <Td className="font-medium">{token.name}</Td>
              <Td className="font-mono text-xs">{token.prefix}…</Td>
              <Td>{formatDate(token.createdAt)}</Td>
              <Td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}</Td>
              <Td>
                {token.revokedAt ? (
                  <Badge tone="red">Revoked {formatDate(token.revokedAt)}</Badge>
                ) : expired ? (
                  <Badge tone="amber">Expired</Badge>
                ) : (
                  <RevokeTokenButton tokenId={token.id} name={token.name} />
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
