import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { PriorityScore } from "@/lib/domain/backlog";
import type { InitiativeStatus, Stream } from "@/lib/domain/enums";
import { INITIATIVE_STATUS_LABELS, STREAM_LABELS } from "@/lib/domain/vocabulary";
import { formatNumber } from "@/lib/format";

export interface BoardRow {
  id: number;
  code: string;
  title: string;
  owner: string;
  status: InitiativeStatus;
  stream: Stream;
  rank: number | null;
  effortWeeks: number;
  priority: PriorityScore;
  /** Cumulative committed effort at this row, and whether it fits the quarter; null when not counted. */
  capacity: { cumulativeWeeks: number; fits: boolean } | null;
  trapped: boolean;
  /** Done, but none of its KPIs moved. */
  notRealised: boolean;
}

const STATUS_TONE: Record<InitiativeStatus, BadgeTone> = {
  proposed: "neutral",
  triaged: "brand",
  approved: "brand",
  in_progress: "amber",
  done: "green",
  rejected: "red",
  deferred: "neutral",
};

const one = (n: number) => formatNumber(Math.round(n * 10) / 10);

/** The backlog in the board's order, with the priority score and its parts, and the capacity line. */
export function BoardTable({ rows }: { rows: BoardRow[] }) {
  return (
    <Table caption="Ranked improvement backlog" minWidthRem={64}>
      <thead>
        <tr>
          <Th>Rank</Th>
          <Th>Initiative</Th>
          <Th>Status</Th>
          <Th align="right">Priority</Th>
          <Th>Value · criticality · risk ÷ effort</Th>
          <Th align="right">Capacity line</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="board-table">
        {rows.map((row) => (
          <tr key={row.id} data-initiative={row.code}>
            <Td className="tabular-nums text-slate-500">{row.rank ?? "—"}</Td>
            <Td>
              <Link href={`/backlog/${row.id}`} className="font-medium hover:text-brand-700 hover:underline">
                {row.title}
              </Link>
              <span className="block text-xs text-slate-500">
                <span className="font-mono">{row.code}</span> · {row.owner} · <Badge tone={row.stream}>{STREAM_LABELS[row.stream]}</Badge>
                {row.trapped && <span className="ml-1 font-medium text-red-700">· capability trap</span>}
                {row.notRealised && <span className="ml-1 font-medium text-red-700">· benefit not realised</span>}
              </span>
            </Td>
            <Td>
              <Badge tone={STATUS_TONE[row.status]}>{INITIATIVE_STATUS_LABELS[row.status]}</Badge>
            </Td>
            <Td align="right" className="font-semibold">
              {one(row.priority.score)}
            </Td>
            <Td className="text-xs text-slate-600">
              ({one(row.priority.businessValue)} + {row.priority.timeCriticality} + {row.priority.riskReduction}) ÷ {one(row.effortWeeks)} pw
            </Td>
            <Td align="right">
              {row.capacity ? (
                <span className={row.capacity.fits ? "text-green-700" : "font-medium text-red-700"}>
                  {one(row.capacity.cumulativeWeeks)} pw {row.capacity.fits ? "fits" : "over capacity"}
                </span>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
