import Link from "next/link";
import { CheckCircle2, Circle, CircleDot } from "lucide-react";
import type { SetupStep, SetupStepKey } from "@/lib/domain/setup-checklist";

/** Where each step is done, and why it comes where it does. */
const GUIDE: Record<SetupStepKey, { href: string; cta: string; why: string }> = {
  organisation: {
    href: "/setup/organisation",
    cta: "Value chains and functions",
    why: "The business functions IT serves, grouped in the value chains they belong to. Everything else hangs off them.",
  },
  profiles: {
    href: "/setup/organisation",
    cta: "Profile each function",
    why: "Where each function sits between tight control and flexibility; it weights every scorecard the function sees.",
  },
  priorities: {
    href: "/setup/priorities",
    cta: "Business priorities",
    why: "What the business wants now, firm-wide or per function. A demand KPI counts only while its priority is in force.",
  },
  kpis: {
    href: "/kpis/new",
    cta: "Define a KPI",
    why: "Demand KPIs anchored in priorities, supply KPIs for process performance, capability KPIs for maturity — each with an owner.",
  },
  links: { href: "/kpis", cta: "Link KPIs", why: "Capability supports supply, supply supports demand: the links are the drill-down of every scorecard." },
  processes: {
    href: "/processes",
    cta: "Create and document processes",
    why: "The processes that deliver supply, each with an owner who documents its steps; each supply KPI then names the step it measures.",
  },
  readings: { href: "/kpis/import", cta: "Enter or import readings", why: "The first values: typed per KPI by its owner, or imported from a spreadsheet." },
};

/** For those who may not enter readings themselves (executives): the owners enter them. */
const READINGS_BY_OWNERS = { href: "/kpis", cta: "See who owns what", why: "The first values, entered by each KPI's owner on its page or from a spreadsheet." };

/** `entersReadings`: whether the viewer may enter readings; executives may not, so their last step opens the catalogue. */
export function SetupChecklist({ steps, next, entersReadings }: { steps: SetupStep[]; next: SetupStepKey | null; entersReadings: boolean }) {
  return (
    <ol className="divide-y divide-slate-100" aria-label="Set-up steps">
      {steps.map((step, index) => {
        const guide = step.key === "readings" && !entersReadings ? READINGS_BY_OWNERS : GUIDE[step.key];
        const current = step.key === next;
        const Icon = step.done ? CheckCircle2 : current ? CircleDot : Circle;
        return (
          <li
            key={step.key}
            className={`grid grid-cols-[2rem_1fr] gap-x-3 gap-y-2 px-5 py-4 sm:grid-cols-[2rem_1fr_auto] sm:items-center ${current ? "bg-brand-50/60" : ""}`}
          >
            <Icon aria-hidden className={`size-6 ${step.done ? "text-green-600" : current ? "text-brand-600" : "text-slate-300"}`} />
            <div className="min-w-0">
              <h2 className="text-sm font-semibold text-slate-900">
                <span className="sr-only">Step {index + 1}: </span>
                {step.title}
                <span className="ml-2 text-xs font-medium text-slate-600">{step.done ? "Done" : current ? "Next" : "To do"}</span>
              </h2>
              <p className="mt-0.5 text-sm text-slate-600">{guide.why}</p>
              <p className="mt-1 text-xs font-medium text-slate-700" data-testid={`progress-${step.key}`}>
                {step.progress}
              </p>
            </div>
            <div className="col-start-2 flex items-center gap-3 sm:col-start-auto sm:grid sm:grid-cols-[6rem_14rem]">
              <div
                className="h-1.5 w-24 shrink-0 overflow-hidden rounded-full bg-slate-100"
                role="progressbar"
                aria-label={`${step.title} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(step.share * 100)}
              >
                <div className={`h-full ${step.done ? "bg-green-500" : "bg-brand-500"}`} style={{ width: `${Math.round(step.share * 100)}%` }} />
              </div>
              <Link
                href={guide.href}
                className={`whitespace-nowrap text-sm font-medium ${current ? "text-brand-700 underline" : "text-slate-700 hover:text-brand-700 hover:underline"}`}
              >
                {guide.cta} →
              </Link>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
