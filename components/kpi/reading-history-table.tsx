import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReadingSource } from "@/lib/domain/enums";
import { toIsoDate } from "@/lib/domain/periods";
import type { VersionState } from "@/lib/domain/scoring";
import { formatDate, formatValue } from "@/lib/format";

export interface HistoryRow {
  period: Date;
  version: number;
  value: number;
  note: string;
  reason: string | null;
  source: ReadingSource;
  enteredAt: Date;
  enteredBy: { name: string } | null;
  state: VersionState;
}

const STATE_BADGES = {
  current: <Badge tone="green">Current</Badge>,
  superseded: <Badge>Superseded</Badge>,
  later: <Badge tone="brand">Entered after as-of</Badge>,
} as const;

const SOURCE_LABELS = { manual: "By hand", import: "File import", api: "API" } as const;
const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * Every version of every period, newest first, with who, when and why: nothing is hidden, and
 * the version that counted on the as-of date is marked.
 */
export function ReadingHistoryTable({ rows, unit }: { rows: HistoryRow[]; unit: string }) {
  return (
    <Table caption="Readings and their versions" minWidthRem={52}>
      <thead>
        <tr>
          <Th>Period</Th>
          <Th align="right">Value</Th>
          <Th>Version</Th>
          <Th>Note / reason</Th>
          <Th>Entered</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="reading-history">
        {rows.map((row) => {
          const key = `${toIsoDate(row.period)}#${row.version}`;
          const current = row.state === "current";
          return (
            <tr key={key} className={current ? "" : "text-slate-500"}>
              <Td>{formatDate(row.period)}</Td>
              <Td align="right" className={current ? "font-medium" : "line-through decoration-slate-300"}>
                {formatValue(row.value, unit)}
              </Td>
              <Td>
                <span className="mr-1.5 tabular-nums">v{row.version}</span>
                {STATE_BADGES[row.state]}
              </Td>
              <Td className="max-w-sm">
                {row.note && <span className="block">{row.note}</span>}
                {row.reason && <span className="block text-xs text-amber-800">Correction: {row.reason}</span>}
              </Td>
              <Td className="whitespace-nowrap text-xs">
                {dateTime.format(row.enteredAt)} UTC
                <span className="block text-slate-500">
                  {row.enteredBy?.name ?? "System"} · {SOURCE_LABELS[row.source]}
                </span>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
