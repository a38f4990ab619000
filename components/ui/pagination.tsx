import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** Server-rendered pagination: links keep the other query parameters. */
export function Pagination({ page, pageCount, total, hrefFor }: { page: number; pageCount: number; total: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return <p className="px-4 py-3 text-xs text-slate-500">{total} in all</p>;
  const linkClass = "inline-flex items-center gap-1 rounded-md px-2.5 py-1.5 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
      <p className="text-xs text-slate-500">
        Page {page} of {pageCount} · {total} in all
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
            <ChevronLeft aria-hidden className="size-4" /> Previous
          </Link>
        )}
        {page < pageCount && (
          <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
            Next <ChevronRight aria-hidden className="size-4" />
          </Link>
        )}
      </div>
    </nav>
  );
}
