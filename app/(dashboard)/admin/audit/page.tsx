import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RefusedFilters } from "@/components/ui/refused-filters";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { listAuditEvents, listAuditVocabulary, type AuditEventRow } from "@/lib/db/audit";
import { href } from "@/lib/href";
import { auditQuerySchema, type AuditFilter } from "@/lib/schemas/audit-filter";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function pageHref(filter: AuditFilter, page: number): string {
  const { entityType, action, actor, from, to } = filter;
  return href("/admin/audit", { entityType, action, actor, from, to, page: page > 1 ? String(page) : null });
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePermission("audit:read");
  const { values: filter, refused } = parseSearchParams(auditQuerySchema, await searchParams);
  const [{ total, events }, vocabulary] = await Promise.all([listAuditEvents(filter, filter.page, PAGE_SIZE), listAuditVocabulary()]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Audit log"
        description="Every change to readings, KPIs, processes, users and tokens: who, what, before and after, and when (times in UTC)."
        actions={
          <Link href="/admin" className="rounded-md px-3 py-2 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50">
            Users and access
          </Link>
        }
      />
      <RefusedFilters refused={refused} fallbacks={{ page: "page 1" }} />
      <AuditFilterForm filter={filter} vocabulary={vocabulary} />
      {events.length === 0 ? (
        <EmptyState title="No audit events match these filters">
          <Link className="font-medium text-brand-600" href="/admin/audit">
            Clear the filters
          </Link>
        </EmptyState>
      ) : (
        <Card>
          <Table caption="Audit events" minWidthRem={56}>
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>Action</Th>
                <Th>Entity</Th>
                <Th>Change</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="audit-list">
              {events.map((event) => (
                <AuditRow key={event.id} event={event} />
              ))}
            </tbody>
          </Table>
          <div className="border-t border-slate-100">
            <Pagination page={Math.min(filter.page, pageCount)} pageCount={pageCount} total={total} hrefFor={(page) => pageHref(filter, page)} />
          </div>
        </Card>
      )}
    </>
  );
}

function AuditFilterForm({ filter, vocabulary }: { filter: AuditFilter; vocabulary: { entityTypes: string[]; actions: string[] } }) {
  const label = "block text-xs font-semibold uppercase tracking-wide text-slate-500";
  return (
    <form
      method="get"
      action="/admin/audit"
      className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 xl:grid-cols-6"
      aria-label="Filter the audit log"
    >
      <label className={label}>
        Entity
        <select name="entityType" defaultValue={filter.entityType ?? ""} className={`${inputClass} mt-1 normal-case`}>
          <option value="">All</option>
          {vocabulary.entityTypes.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        Action
        <select name="action" defaultValue={filter.action ?? ""} className={`${inputClass} mt-1 normal-case`}>
          <option value="">All</option>
          {vocabulary.actions.map((action) => (
            <option key={action}>{action}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        Actor email
        <input name="actor" type="search" defaultValue={filter.actor ?? ""} placeholder="part of an email" className={`${inputClass} mt-1 normal-case`} />
      </label>
      <label className={label}>
        From
        <input name="from" type="date" defaultValue={filter.from ?? ""} className={`${inputClass} mt-1`} />
      </label>
      <label className={label}>
        To
        <input name="to" type="date" defaultValue={filter.to ?? ""} className={`${inputClass} mt-1`} />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Filter
        </button>
        <Link href="/admin/audit" className="rounded-md px-3 py-2 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50">
          Clear
        </Link>
      </div>
    </form>
  );
}

function AuditRow({ event }: { event: AuditEventRow }) {
  const changes = changedFields(event.before, event.after);
  return (
    <tr className="align-top">
      <Td className="whitespace-nowrap text-xs">{timeFormat.format(event.createdAt)}</Td>
      <Td>
        {event.actor ? (
          <>
            <span className="font-medium">{event.actor.name}</span>
            <span className="block text-xs text-slate-500">{event.actor.email}</span>
          </>
        ) : (
          <span className="text-slate-500">System</span>
        )}
      </Td>
      <Td className="font-mono text-xs">{event.action}</Td>
      <Td className="text-xs">
        {event.entityType} <span className="font-mono text-slate-500">#{event.entityId}</span>
      </Td>
      <Td className="max-w-md text-xs">
        <details>
          <summary className="cursor-pointer">
            {changes.length === 0 ? "No field changes" : changes.slice(0, 3).join("; ") + (changes.length > 3 ? ` (+${changes.length - 3} more)` : "")}
          </summary>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <JsonBlock label="Before" value={event.before} />
            <JsonBlock label="After" value={event.after} />
          </div>
        </details>
      </Td>
    </tr>
  );
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="font-semibold text-slate-600">{label}</p>
      <pre className="mt-1 max-h-64 overflow-auto rounded bg-slate-50 p-2 text-[11px]">{value === null ? "—" : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One line per top-level field whose value differs: "purpose: A → B"; long values are elided. */
function changedFields(before: unknown, after: unknown): string[] {
  const show = (value: unknown) => {
    const text = value === undefined ? "—" : JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  };
  if (!isRecord(before) && !isRecord(after)) return before === after ? [] : [`${show(before)} → ${show(after)}`];
  const was = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys.filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key])).map((key) => `${key}: ${show(was[key])} → ${show(now[key])}`);
}
