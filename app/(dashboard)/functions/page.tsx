import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listFunctionsWithProfile } from "@/lib/db/business-functions";
import { AVAILABILITY_LABELS, CHANGE_CADENCE_LABELS, RISK_TOLERANCE_LABELS, demandPosture } from "@/lib/domain/vocabulary";
import { formatDate, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Business functions" };

export default async function BusinessFunctionsPage() {
  await requirePermission("function:read");
  const functions = await listFunctionsWithProfile(new Date());

  return (
    <>
      <PageHeader
        eyebrow="Business demand"
        title="Business functions"
        description="Each function's demand profile: where it sits between tight control and flexibility, and how much of IT's effort should explore."
      />
      {functions.length === 0 ? (
        <EmptyState title="No business functions yet">Business functions and their demand profiles appear here once recorded.</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {functions.map((fn) => (
            <Card key={fn.id} className="flex flex-col p-5">
              <div className="flex items-baseline justify-between gap-2">
                <h2 className="text-base font-semibold">{fn.name}</h2>
                <span className="font-mono text-xs text-slate-500">{fn.code}</span>
              </div>
              <p className="text-xs text-slate-500">{fn.valueChain.name}</p>
              {fn.profile ? (
                <>
                  <PostureBar value={fn.profile.controlFlexibility} />
                  <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                    <Fact label="Risk tolerance" value={RISK_TOLERANCE_LABELS[fn.profile.riskTolerance]} />
                    <Fact label="Availability need" value={AVAILABILITY_LABELS[fn.profile.availabilityNeed]} />
                    <Fact label="Change cadence" value={CHANGE_CADENCE_LABELS[fn.profile.changeCadence]} />
                    <Fact label="Target explore share" value={`${fn.profile.targetExploreShare}%`} />
                  </dl>
                  <p className="mt-auto pt-4 text-xs text-slate-500">
                    Profile in force since {formatDate(fn.profile.effectiveFrom)} · {plural(fn._count.profiles, "version")} ·{" "}
                    {plural(fn._count.priorities, "priority", "priorities")} · {plural(fn._count.kpis, "KPI")}
                  </p>
                </>
              ) : (
                <p className="mt-4 text-sm text-slate-500">No demand profile in force yet.</p>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}

function PostureBar({ value }: { value: number }) {
  return (
    <div className="mt-4">
      <div className="flex justify-between text-xs text-slate-500">
        <span>Control</span>
        <span className="font-medium text-slate-800">
          {demandPosture(value)} · {value}/100
        </span>
        <span>Flexibility</span>
      </div>
      <div
        className="relative mt-1.5 h-2 rounded-full bg-gradient-to-r from-sky-200 via-slate-200 to-violet-200"
        role="meter"
        aria-label="Position between control and flexibility"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <span className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-slate-900 shadow" style={{ left: `${value}%` }} />
      </div>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
