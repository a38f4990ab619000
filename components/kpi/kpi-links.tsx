import Link from "next/link";
import { ArrowDownRight, ArrowUpRight } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import type { Layer } from "@/lib/domain/enums";
import { LAYER_LABELS } from "@/lib/domain/vocabulary";
import { kpiHref } from "@/lib/href";

interface LinkedKpi {
  code: string;
  name: string;
  layer: Layer;
  weight: number;
}

/** Up the layers (what this KPI supports) and down (what supports it). */
export function KpiLinks({ supports, supportedBy, asOf }: { supports: LinkedKpi[]; supportedBy: LinkedKpi[]; asOf: string | null }) {
  return (
    <Card>
      <CardHeader title="Linked KPIs" description="Capability KPIs support supply KPIs, which support demand KPIs." />
      <div className="grid gap-4 px-5 py-4 text-sm sm:grid-cols-2">
        <LinkList
          title="Supports"
          icon={<ArrowUpRight aria-hidden className="size-4" />}
          kpis={supports}
          empty="Nothing above it: a top-level KPI."
          asOf={asOf}
        />
        <LinkList title="Supported by" icon={<ArrowDownRight aria-hidden className="size-4" />} kpis={supportedBy} empty="Nothing below it." asOf={asOf} />
      </div>
    </Card>
  );
}

function LinkList({ title, icon, kpis, empty, asOf }: { title: string; icon: React.ReactNode; kpis: LinkedKpi[]; empty: string; asOf: string | null }) {
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
              <Link href={kpiHref(kpi.code, asOf)} className="font-medium text-brand-700 hover:underline">
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
