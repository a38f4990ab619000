import Link from "next/link";
import { ArrowDownRight, ArrowUpRight } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import { LAYER_LABELS } from "@/lib/domain/vocabulary";

interface LinkedKpi {
  code: string;
  name: string;
  layer: "demand" | "supply" | "capability";
  weight: number;
}

/** Up the layers (what this KPI supports) and down (what supports it). */
export function KpiLinks({ supports, supportedBy, asOfQuery }: { supports: LinkedKpi[]; supportedBy: LinkedKpi[]; asOfQuery: string }) {
  return (
    <Card>
      <CardHeader title="Linked KPIs" description="Capability KPIs support supply KPIs, which support demand KPIs." />
      <div className="grid gap-4 px-5 py-4 text-sm sm:grid-cols-2">
        <LinkList title="Supports" icon={<ArrowUpRight aria-hidden className="size-4" />} kpis={supports} empty="Nothing above it: a top-level KPI." asOfQuery={asOfQuery} />
        <LinkList title="Supported by" icon={<ArrowDownRight aria-hidden className="size-4" />} kpis={supportedBy} empty="Nothing below it." asOfQuery={asOfQuery} />
      </div>
    </Card>
  );
}

function LinkList({ title, icon, kpis, empty, asOfQuery }: { title: string; icon: React.ReactNode; kpis: LinkedKpi[]; empty: string; asOfQuery: string }) {
  return (
    <section>
      <h3 className="mb-2 flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {icon}
        {title}
      </h3>
      {kpis.length === 0 ? (
        <p className="text-slate-500">{empty}</p>
      ) : (
        <ul className="space-y-1.5">
          {kpis.map((kpi) => (
            <li key={kpi.code}>
              <Link href={`/kpis/${kpi.code}${asOfQuery}`} className="font-medium text-brand-700 hover:underline">
                {kpi.name}
              </Link>
              <span className="block text-xs text-slate-500">
                {LAYER_LABELS[kpi.layer]} · link weight {kpi.weight}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
