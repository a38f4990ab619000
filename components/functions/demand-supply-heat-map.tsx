import Link from "next/link";
import { href } from "@/lib/href";
import { STATUS_LABELS, ScoreText, StatusBadge } from "@/components/scorecard/status";
import type { ScorecardKind, Status } from "@/lib/domain/scoring/types";
import { SCORECARD_LABELS, demandPosture } from "@/lib/domain/vocabulary";

export interface HeatMapRow {
  code: string;
  name: string;
  controlFlexibility: number | null;
  cells: { kind: ScorecardKind; score: number | null; status: Status }[];
}

const CELL = {
  green: "bg-green-50 hover:bg-green-100",
  amber: "bg-amber-50 hover:bg-amber-100",
  red: "bg-red-50 hover:bg-red-100",
  none: "bg-slate-50 hover:bg-slate-100",
} as const;

/** Business demand (rows: functions) against IT supply (columns: scorecards), scored per function. */
/** `asOf` is null for today; otherwise links keep the date. */
export function DemandSupplyHeatMap({ rows, asOf }: { rows: HeatMapRow[]; asOf: string | null }) {
  const kinds = rows[0]?.cells.map((cell) => cell.kind) ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-separate border-spacing-1 text-sm" data-testid="heat-map">
        <caption className="sr-only">Scorecard scores per business function</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              Business function
            </th>
            {kinds.map((kind) => (
              <th key={kind} scope="col" className="px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                {SCORECARD_LABELS[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="px-2 py-2 text-left font-medium">
                <Link href={href(`/functions/${row.code}`, { asOf })} className="hover:text-brand-700 hover:underline">
                  {row.name}
                </Link>
                <span className="block text-xs font-normal text-slate-500">
                  {row.controlFlexibility === null ? "No demand profile" : `${demandPosture(row.controlFlexibility)} · ${row.controlFlexibility}/100`}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.kind} className={`rounded-md p-0 ${CELL[cell.status]}`}>
                  <Link
                    href={href(`/scorecards/${cell.kind}`, { businessFunction: row.code, asOf })}
                    className="flex items-center justify-between gap-2 px-3 py-2.5"
                    aria-label={`${row.name}, ${SCORECARD_LABELS[cell.kind]}: ${cell.score === null ? "no data" : `${cell.score.toFixed(1)} of 10, ${STATUS_LABELS[cell.status]}`}`}
                  >
                    <ScoreText score={cell.score} className="text-lg font-semibold" />
                    <StatusBadge status={cell.status} />
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
