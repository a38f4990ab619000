// The CSV import at the size the product promises: 200,000 rows (200 weekly KPIs × 1,000 weeks),
// parsed, validated and written in one transaction; then the same file again (all unchanged).
import { db } from "@/lib/db/client";
import { importReadings } from "@/lib/services/reading-import";
import { parseCsv } from "@/lib/domain/csv";
import { lastCompletedPeriod, shiftPeriods, toIsoDate, utcDay } from "@/lib/domain/periods";

const KPIS = 200;
const WEEKS = 1_000;

async function makeKpis(): Promise<{ ownerId: number; codes: string[] }> {
  const owner = await db().user.create({ data: { email: `bench-${Date.now()}@bench.example`, name: "Bench owner", role: "process_owner", passwordHash: "x" } });
  const codes = Array.from({ length: KPIS }, (_, index) => `BENCH-${String(index).padStart(3, "0")}`);
  await db().kpi.createMany({
    data: codes.map((code) => ({
      code,
      name: code,
      layer: "supply" as const,
      scorecard: "operational" as const,
      unit: "%",
      direction: "higher" as const,
      target: 95,
      redFlag: 90,
      frequency: "weekly" as const,
      indicatorType: "lagging" as const,
      ownerId: owner.id,
    })),
  });
  return { ownerId: owner.id, codes };
}

/** Values stay green or amber (no note needed); every tenth row carries a note with a comma. */
function generateFile(codes: readonly string[]): string {
  const latest = lastCompletedPeriod(utcDay(new Date()), "weekly");
  const periods = Array.from({ length: WEEKS }, (_, index) => toIsoDate(shiftPeriods(latest, "weekly", -index)));
  const lines = ["kpi_code,period,value,note"];
  codes.forEach((code, k) =>
    periods.forEach((period, w) => lines.push(`${code},${period},${(90 + ((k * 7 + w) % 100) / 10).toFixed(1)},${w % 10 === 0 ? '"checked, ok"' : ""}`)),
  );
  return `${lines.join("\r\n")}\r\n`;
}

async function timed<T>(label: string, rows: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(38)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(rows / seconds)
      .toLocaleString("en")
      .padStart(10)} rows/s`,
  );
  return result;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function benchReadingImport(): Promise<void> {
  const { ownerId, codes } = await makeKpis();
  const actor = { id: ownerId, role: "process_owner" as const };
  const file = generateFile(codes);
  const bytes = Buffer.from(file);
  const rows = KPIS * WEEKS;
  console.log(`Reading import: ${rows.toLocaleString("en")} rows, ${megabytes(Buffer.byteLength(file))} of CSV\n`);

  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  await timed("parse only", rows, async () => parseCsv(file).length);
  const dry = await timed("dry run (parse + validate)", rows, () => importReadings(actor, { bytes, dryRun: true }));
  const first = await timed("import (parse + validate + write)", rows, () => importReadings(actor, { bytes, dryRun: false }));
  const again = await timed("re-import of the same file", rows, () => importReadings(actor, { bytes, dryRun: false }));
  clearInterval(sampler);

  for (const [label, outcome] of [
    ["dry run", dry],
    ["import", first],
    ["re-import", again],
  ] as const) {
    console.log(`${label.padEnd(10)} → ${outcome.ok ? JSON.stringify(outcome.value) : JSON.stringify(outcome.refusal).slice(0, 200)}`);
  }
  const stored = await db().reading.count({ where: { enteredById: ownerId } });
  console.log(`\nreadings stored: ${stored.toLocaleString("en")}`);
  // maxRSS is in kilobytes on Linux and macOS.
  console.log(`peak RSS: ${megabytes(process.resourceUsage().maxRSS * 1024)}, peak heap (sampled): ${megabytes(peakHeap)}`);
}
