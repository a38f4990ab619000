"use client";

import { useState } from "react";
import { ChevronRight } from "lucide-react";

/**
 * A form or detail folded away until asked for: a native <details>, so it works by keyboard and
 * without script. `open` is only where it starts: a form that opened itself (say, for the first
 * function of a chain) stays open after it saves, so its answer stays in view.
 */
export function Disclosure({ label, open = false, children }: { label: string; open?: boolean; children: React.ReactNode }) {
  const [startsOpen] = useState(open);
  return (
    <details className="group mt-2" open={startsOpen}>
      <summary className="inline-flex cursor-pointer list-none items-center gap-1 rounded text-sm font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
        <ChevronRight aria-hidden className="size-4 transition-transform group-open:rotate-90" />
        {label}
      </summary>
      <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50/60 p-4">{children}</div>
    </details>
  );
}
