import type { Metadata } from "next";
import Link from "next/link";
import { BusinessFunctionCreateForm, BusinessFunctionEditForm, ValueChainCreateForm, ValueChainEditForm } from "@/components/setup/organisation-forms";
import { SetupBreadcrumb } from "@/components/setup/setup-breadcrumb";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { DeleteControl } from "@/components/setup/delete-control";
import { Disclosure } from "@/components/ui/disclosure";
import { deleteBusinessFunctionAction, deleteValueChainAction } from "@/lib/actions/organisation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listBusinessFunctions } from "@/lib/db/business-functions";
import { listValueChains } from "@/lib/db/value-chains";
import { utcDay } from "@/lib/domain/periods";
import { plural } from "@/lib/format";
import { codeParamSchema } from "@/lib/schemas/code-param";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { z } from "zod";

/** `saved`: the function an edit just saved (the edit form redirects here, since a move takes the function to another card). */
const querySchema = z.object({ saved: codeParamSchema.optional(), deleted: codeParamSchema.optional() });

export const metadata: Metadata = { title: "Value chains and business functions" };

export default async function OrganisationSetupPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("function:manage");
  const { values } = parseSearchParams(querySchema, await searchParams);
  const [chains, functions] = await Promise.all([listValueChains(), listBusinessFunctions(utcDay(new Date()))]);
  const saved = functions.find((fn) => fn.code === values.saved);
  const choices = chains.map(({ code, name }) => ({ code, name }));
  return (
    <>
      <SetupBreadcrumb />
      <PageHeader
        eyebrow="Set-up"
        title="Value chains and business functions"
        description="The business functions IT serves, in the value chains they belong to. Codes are fixed once created; names, descriptions and the chain a function sits in can change."
      />
      {saved && (
        <p role="status" className="mb-6 rounded-md bg-green-50 px-4 py-3 text-sm text-green-800" data-testid="saved-message">
          {saved.name} ({saved.code}) saved; it sits in {saved.valueChain.name}.
        </p>
      )}
      {values.deleted && (
        <p role="status" className="mb-6 rounded-md bg-green-50 px-4 py-3 text-sm text-green-800" data-testid="deleted-message">
          Deleted {values.deleted}. The audit log keeps what it was.
        </p>
      )}
      {chains.length === 0 && (
        <div className="mb-6">
          <EmptyState title="No value chains yet">
            Start with the value chains of your organisation (for a bank, say Retail banking and Corporate services), then add the business functions in each.
          </EmptyState>
        </div>
      )}
      <div className="space-y-6">
        {chains.map((chain) => {
          const members = functions.filter((fn) => fn.valueChain.code === chain.code);
          return (
            <Card key={chain.code}>
              <CardHeader
                title={chain.name}
                description={chain.description || undefined}
                aside={
                  <span className="whitespace-nowrap font-mono text-xs text-slate-500">
                    {chain.code} · {plural(members.length, "function")}
                  </span>
                }
              />
              {members.length === 0 ? (
                <p className="px-5 py-4 text-sm text-slate-500">No business functions in this chain yet. Add the first below.</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {members.map((fn) => (
                    <li key={fn.code} id={`function-${fn.code}`} className="scroll-mt-6 px-5 py-3">
                      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                        <p className="text-sm">
                          <Link href={`/functions/${fn.code}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                            {fn.name}
                          </Link>{" "}
                          <span className="font-mono text-xs text-slate-500">{fn.code}</span>
                        </p>
                        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                          {fn.profiles.length > 0 ? (
                            <Badge tone="green">Profiled</Badge>
                          ) : (
                            <Link href={`/functions/${fn.code}#re-profile`} className="font-medium text-amber-800 underline">
                              Record its demand profile
                            </Link>
                          )}
                          <span>
                            {plural(fn._count.priorities, "priority", "priorities")} · {plural(fn._count.kpis, "KPI")}
                          </span>
                        </div>
                      </div>
                      {fn.description && <p className="mt-1 text-sm text-slate-600">{fn.description}</p>}
                      <Disclosure label={`Edit ${fn.name}`}>
                        <BusinessFunctionEditForm
                          fn={{ code: fn.code, name: fn.name, description: fn.description, valueChain: fn.valueChain.code, version: fn.version }}
                          chains={choices}
                        />
                      </Disclosure>
                      {/* Offered when nothing shows as referring to it; the service also counts archived KPIs. */}
                      {fn._count.kpis + fn._count.priorities + fn.profiles.length === 0 && (
                        <div className="mt-2">
                          <DeleteControl action={deleteBusinessFunctionAction} code={fn.code} version={fn.version} what={fn.name} />
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <div className="grid gap-2 border-t border-slate-100 px-5 py-3">
                <Disclosure label={`Add a business function to ${chain.name}`} open={members.length === 0}>
                  <BusinessFunctionCreateForm valueChain={chain.code} />
                </Disclosure>
                <Disclosure label={`Rename or describe ${chain.name}`}>
                  <ValueChainEditForm chain={chain} />
                </Disclosure>
                {members.length === 0 && <DeleteControl action={deleteValueChainAction} code={chain.code} version={chain.version} what={chain.name} />}
              </div>
            </Card>
          );
        })}
        <Card>
          <CardHeader title="Add a value chain" description="A group of business functions that deliver one line of the business." />
          <div className="p-5">
            <ValueChainCreateForm />
          </div>
        </Card>
      </div>
    </>
  );
}
