import { MATURITY_LABELS, MATURITY_LEVELS } from "@/lib/domain/maturity";

/**
 * Five pips: filled up to the current level, the target outlined. The words say the same, so the
 * meter is never read by colour or shape alone.
 */
export function MaturityMeter({ current, target }: { current: number | null; target: number }) {
  const words = current === null ? `Not assessed yet, target ${target}` : `Maturity ${current} of 5 (${MATURITY_LABELS[current]}), target ${target}`;
  return (
    <span className="inline-flex items-center gap-2" title={words}>
      <span className="flex gap-0.5" aria-hidden="true">
        {MATURITY_LEVELS.map((level) => (
          <span
            key={level}
            className={`h-2.5 w-4 rounded-sm ${current !== null && level <= current ? "bg-brand-600" : "bg-slate-200"} ${
              level === target ? "ring-2 ring-amber-500 ring-offset-1" : ""
            }`}
          />
        ))}
      </span>
      <span className="text-xs tabular-nums text-slate-700">
        <span className="sr-only">{words}</span>
        <span aria-hidden="true">{current === null ? "not assessed" : `${current} → ${target}`}</span>
      </span>
    </span>
  );
}
