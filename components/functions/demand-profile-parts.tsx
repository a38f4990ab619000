import { demandPosture } from "@/lib/domain/vocabulary";

/** Where a function sits between control (0) and flexibility (100). */
export function PostureBar({ value }: { value: number }) {
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
        <span
          className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-slate-900 shadow"
          style={{ left: `${value}%` }}
        />
      </div>
    </div>
  );
}

export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
