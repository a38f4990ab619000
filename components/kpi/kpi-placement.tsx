import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import type { Frequency, IndicatorType, Layer, Stream } from "@/lib/domain/enums";
import { FREQUENCY_LABELS, INDICATOR_LABELS, STREAM_LABELS } from "@/lib/domain/vocabulary";

interface Placement {
  layer: Layer;
  frequency: Frequency;
  indicatorType: IndicatorType;
  weight: number;
  owner: { name: string; email: string };
  businessFunction: { code: string; name: string } | null;
  businessPriority: { code: string; title: string } | null;
  processStep: { name: string; position: number; process: { code: string; name: string; kind: Stream } } | null;
  capability: { code: string; name: string; kind: string; currentMaturity: number | null; targetMaturity: number } | null;
}

/** Who owns the KPI and where it sits: the priority it serves, the process step or capability it measures. */
export function KpiPlacement({ kpi }: { kpi: Placement }) {
  return (
    <Card>
      <CardHeader title="Ownership and place" />
      <dl className="grid grid-cols-[9rem_1fr] gap-x-4 gap-y-2.5 px-5 py-4 text-sm">
        <Row label="Owner">
          {kpi.owner.name} <span className="text-slate-500">· {kpi.owner.email}</span>
        </Row>
        <Row label="Reported">
          {FREQUENCY_LABELS[kpi.frequency]} · {INDICATOR_LABELS[kpi.indicatorType]} indicator · weight {kpi.weight}
        </Row>
        {kpi.businessPriority && <Row label="Business priority">{kpi.businessPriority.title}</Row>}
        {kpi.businessFunction && <Row label="Business function">{kpi.businessFunction.name}</Row>}
        {kpi.processStep && (
          <Row label="Process step">
            Step {kpi.processStep.position}, {kpi.processStep.name}
            <span className="block text-slate-500">
              {kpi.processStep.process.name} · {STREAM_LABELS[kpi.processStep.process.kind]}
            </span>
          </Row>
        )}
        {kpi.capability && (
          <Row label="Capability">
            <Link href={`/capabilities/${encodeURIComponent(kpi.capability.code)}`} className="text-brand-700 hover:underline">
              {kpi.capability.name}
            </Link>
            <span className="block text-slate-500">
              {kpi.capability.kind} capability ·{" "}
              {kpi.capability.currentMaturity === null ? "not assessed yet" : `maturity ${kpi.capability.currentMaturity} of 5`}, target{" "}
              {kpi.capability.targetMaturity}
            </span>
          </Row>
        )}
      </dl>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
