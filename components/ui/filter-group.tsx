import Link from "next/link";

/** One row of filter pills: "All" and each option, the current one marked for screen readers too. */
export function FilterGroup<T extends string>({
  label,
  options,
  labels,
  current,
  href,
}: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  current: T | undefined;
  href: (value: T | undefined) => string;
}) {
  const pill = (active: boolean) =>
    `rounded-full px-3 py-1 font-medium ring-1 ring-inset ${active ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-700 ring-slate-200 hover:bg-slate-50"}`;
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={label}>
      <span className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</span>
      <Link href={href(undefined)} className={pill(current === undefined)} aria-current={current === undefined ? "true" : undefined}>
        All
      </Link>
      {options.map((option) => (
        <Link key={option} href={href(option)} className={pill(current === option)} aria-current={current === option ? "true" : undefined}>
          {labels[option]}
        </Link>
      ))}
    </div>
  );
}
