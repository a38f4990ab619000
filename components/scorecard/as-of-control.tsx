import Link from "next/link";
import { CalendarClock } from "lucide-react";
import { refusedFilterId } from "@/components/ui/refused-filters";

/**
 * Any view as of a past date: a plain GET form, so it works without JavaScript and the date
 * stays in the URL (shareable, bookmarkable, printable). A refused date is explained by the page's
 * RefusedFilters notice; `invalid` marks the field and points it at that explanation.
 */
export function AsOfControl({
  asOf,
  today,
  isToday,
  basePath,
  keep = {},
  invalid = false,
}: {
  asOf: string;
  today: string;
  isToday: boolean;
  basePath: string;
  keep?: Record<string, string>;
  invalid?: boolean;
}) {
  const todayHref = Object.keys(keep).length ? `${basePath}?${new URLSearchParams(keep).toString()}` : basePath;
  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-2" aria-label="View as of a date">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="text-sm">
        <span className="mb-1 flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
          <CalendarClock aria-hidden className="size-3.5" /> As of <span className="font-normal normal-case">(UTC)</span>
        </span>
        <input
          type="date"
          name="asOf"
          defaultValue={asOf}
          max={today}
          aria-invalid={invalid}
          aria-describedby={invalid ? refusedFilterId("asOf") : undefined}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500"
        />
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
        Show
      </button>
      {!isToday && (
        <Link href={todayHref} className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-200 hover:bg-slate-50">
          Back to today
        </Link>
      )}
    </form>
  );
}
