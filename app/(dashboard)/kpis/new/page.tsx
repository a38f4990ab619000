import type { Metadata } from "next";
import Link from "next/link";
import { KpiDefinitionForm } from "@/components/kpi/kpi-definition-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { utcDay } from "@/lib/domain/periods";
import { kpiFormChoices } from "@/lib/services/kpi-definitions";

export const metadata: Metadata = { title: "New KPI" };

export default async function NewKpiPage() {
  await requirePermission("kpi:manage");
  const choices = await kpiFormChoices(utcDay(new Date()));
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/kpis" className="text-brand-700 hover:underline">
          ← KPI catalogue
        </Link>
      </nav>
      <PageHeader
        eyebrow="Layered KPIs"
        title="New KPI"
        description="A demand KPI is anchored in a business priority; a supply KPI measures a process step; a capability KPI measures a capability's maturity. Link it to the KPIs it supports from its page once created."
      />
      <Card className="p-5">
        <KpiDefinitionForm kpi={null} choices={choices} />
      </Card>
    </>
  );
}
