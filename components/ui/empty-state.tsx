import { Construction, Info } from "lucide-react";

/** For an area that is empty, or not built yet ("coming"): says so plainly and what to do. */
export function EmptyState({ title, children, coming = false }: { title: string; children?: React.ReactNode; coming?: boolean }) {
  const Icon = coming ? Construction : Info;
  return (
    <div
      data-testid={coming ? "coming-soon" : "empty-state"}
      className="flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-14 text-center"
    >
      <Icon aria-hidden className="size-8 text-slate-400" />
      <h2 className="mt-3 text-base font-semibold text-slate-900">{title}</h2>
      {children && <div className="mt-1.5 max-w-lg text-sm text-slate-600">{children}</div>}
      {coming && <span className="mt-4 rounded-full bg-slate-100 px-3 py-1 text-xs font-medium text-slate-600">Coming in a next release</span>}
    </div>
  );
}
