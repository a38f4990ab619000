import type { Metadata } from "next";
import { ReadingImportForm } from "@/components/import/reading-import-form";
import { Card, CardHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/schemas/reading-import";

export const metadata: Metadata = { title: "Import and export readings" };

export default async function ReadingImportPage() {
  await requirePermission("reading:write");
  return (
    <>
      <PageHeader
        eyebrow="Readings"
        title="Import and export readings"
        description="Upload a CSV of readings for the KPIs you own. The file is imported all or nothing: check it first to see every problem and what would change."
      />
      <div className="grid gap-6">
        <Card>
          <CardHeader
            title="Import a CSV file"
            description={`Columns kpi_code, period (YYYY-MM-DD), value and an optional note. Up to ${IMPORT_MAX_BYTES / (1024 * 1024)} MB and ${IMPORT_MAX_ROWS.toLocaleString("en")} rows. A row for a period that already has a reading corrects it, with the note as the reason.`}
          />
          <div className="px-5 py-4">
            <ReadingImportForm maxBytes={IMPORT_MAX_BYTES} />
          </div>
        </Card>
        <ExportCard />
      </div>
    </>
  );
}

function ExportCard() {
  const button =
    "rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-brand-500";
  return (
    <Card>
      <CardHeader title="Export" description="Download readings (current versions) or the KPI catalogue as CSV." />
      <form method="get" action="/api/v1/readings/export" className="grid gap-4 px-5 py-4 sm:grid-cols-4 sm:items-end">
        <label className="block text-sm">
          <span className="mb-1.5 block font-medium text-slate-700">KPI codes</span>
          <input name="kpi" className={inputClass} placeholder="All KPIs; or CODE1,CODE2" />
        </label>
        <label className="block text-sm">
          <span className="mb-1.5 block font-medium text-slate-700">From period</span>
          <input type="date" name="from" className={inputClass} />
        </label>
        <label className="block text-sm">
          <span className="mb-1.5 block font-medium text-slate-700">To period</span>
          <input type="date" name="to" className={inputClass} />
        </label>
        <button type="submit" className={button}>
          Export readings
        </button>
      </form>
      {/* A form too (not a link): the export is a file download from the API, not a page. */}
      <form method="get" action="/api/v1/catalogue/export" className="border-t border-slate-100 px-5 py-4">
        <button type="submit" className={button}>
          Export KPI catalogue
        </button>
      </form>
    </Card>
  );
}
