import type { Metadata } from "next";
import Link from "next/link";
import { Download } from "lucide-react";
import { CatalogueImport } from "@/components/setup/catalogue-import";
import { buttonClass } from "@/components/ui/buttons";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Catalogue file" };

export default async function CatalogueFilePage() {
  await requirePermission("function:manage");
  return (
    <>
      <PageHeader
        eyebrow="Set-up"
        title="The model as a file"
        description="Download the whole model — value chains, functions with their profile history, priorities, processes, capabilities, KPIs, links, teams and coordination mechanisms — to keep it under version control, edit it, or move it to another installation. Readings stay out."
        actions={
          <Link href="/setup" className={buttonClass}>
            Back to set-up
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_1.6fr]">
        <Card>
          <CardHeader title="Download" description="The same document in either format; YAML is easier to read and edit." />
          <div className="flex flex-wrap gap-3 px-5 py-4">
            <a href="/api/v1/catalogue?format=yaml" className={`${buttonClass} gap-1.5`} download>
              <Download aria-hidden className="size-4" /> YAML
            </a>
            <a href="/api/v1/catalogue" className={`${buttonClass} gap-1.5`} download>
              <Download aria-hidden className="size-4" /> JSON
            </a>
            <Link href="/api/v1/catalogue/schema" prefetch={false} className="self-center text-sm font-medium text-brand-700 hover:underline">
              JSON Schema
            </Link>
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Import"
            description="All or nothing. Entries are matched by code: new ones are created, ones that differ are changed (fields an entry leaves out stay as they are), and nothing is deleted."
          />
          <div className="px-5 py-4">
            <CatalogueImport />
          </div>
        </Card>
      </div>
    </>
  );
}
