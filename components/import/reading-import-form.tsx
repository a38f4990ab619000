"use client";
// Uploads the CSV to the import API with progress=ndjson and reads the stream line by line, so a
// long import shows how far it has got. The API does all checking; this only shows its answer.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { fileLocation, type FieldProblem } from "@/lib/refusal";
import type { ImportProgress, ImportResult } from "@/lib/schemas/reading-import";

const SHOWN_ERRORS = 200;
const PHASE_LABELS: Record<ImportProgress["phase"], string> = { parsing: "Reading the file", validating: "Checking rows", writing: "Saving readings" };

/** A refused cell or row of the file, located from its problem's path (`rows[12].value`). */
interface RowError {
  row: number;
  column: string | null;
  message: string;
}

interface Problem {
  detail?: string;
  title?: string;
  errors?: FieldProblem[];
}

type Outcome =
  | { kind: "idle" }
  | { kind: "running"; progress: ImportProgress | null }
  | { kind: "done"; result: ImportResult }
  | { kind: "refused"; errors: RowError[] }
  | { kind: "failed"; message: string };

type StreamLine = Partial<ImportProgress> & { result?: ImportResult; problem?: Problem };

export function ReadingImportForm({ maxBytes }: { maxBytes: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const running = outcome.kind === "running";

  async function run(dryRun: boolean) {
    if (!file) return setOutcome({ kind: "failed", message: "Choose a CSV file first." });
    if (file.size > maxBytes)
      return setOutcome({ kind: "failed", message: `The file is larger than ${maxBytes / (1024 * 1024)} MB; split it into smaller files.` });
    setOutcome({ kind: "running", progress: null });
    try {
      const response = await fetch(`/api/v1/readings/import?progress=ndjson${dryRun ? "&dryRun=true" : ""}`, {
        method: "POST",
        body: file,
        headers: { "content-type": "text/csv" },
      });
      if (!response.ok || !response.body) {
        const problem = (await response.json().catch(() => ({}))) as Problem;
        return setOutcome(refusedOutcome(problem, `The server answered ${response.status}.`));
      }
      await readLines(response.body, (line) => setOutcome(outcomeOf(line)));
    } catch {
      setOutcome({ kind: "failed", message: "The upload did not reach the server. Check your connection and try again." });
    }
  }

  const button = "rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-brand-500 disabled:opacity-50";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-sm">
          <span className="mb-1.5 block font-medium text-slate-700">CSV file</span>
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={running}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome({ kind: "idle" });
            }}
            className="block text-sm"
          />
        </label>
        <button
          type="button"
          disabled={running || !file}
          onClick={() => run(true)}
          className={`${button} bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50`}
        >
          Check file
        </button>
        <button type="button" disabled={running || !file} onClick={() => run(false)} className={`${button} bg-slate-900 text-white hover:bg-slate-700`}>
          Import
        </button>
      </div>
      <div aria-live="polite">
        <OutcomeView outcome={outcome} />
      </div>
    </div>
  );
}

async function readLines(body: ReadableStream<Uint8Array>, onLine: (line: StreamLine) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as StreamLine);
  }
}

function outcomeOf(line: StreamLine): Outcome {
  if (line.result) return { kind: "done", result: line.result };
  if (line.problem) return refusedOutcome(line.problem, "The import failed.");
  if (line.phase) return { kind: "running", progress: { phase: line.phase, done: line.done ?? 0, total: line.total ?? 0 } };
  return { kind: "failed", message: "The server sent an answer this page does not understand." };
}

/** Problems in rows go in the table; a problem with the whole file (or the request) is said in words. */
function refusedOutcome(problem: Problem, fallback: string): Outcome {
  const located = (problem.errors ?? []).flatMap((error) => {
    const at = fileLocation(error.path);
    return at ? [{ ...at, message: error.message }] : [];
  });
  if (located.some((error) => error.row > 0)) return { kind: "refused", errors: located };
  return { kind: "failed", message: problem.detail ?? problem.title ?? fallback };
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  switch (outcome.kind) {
    case "idle":
      return <p className="text-sm text-slate-500">Choose a file, then check it. Nothing is saved until you press Import.</p>;
    case "running": {
      const { progress } = outcome;
      const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
      return (
        <div>
          <p className="mb-1.5 text-sm text-slate-700">{progress ? `${PHASE_LABELS[progress.phase]}… ${percent}%` : "Uploading…"}</p>
          <progress className="h-2 w-full" max={100} value={percent} aria-label="Import progress" />
        </div>
      );
    }
    case "failed":
      return (
        <p role="alert" className="text-sm text-red-700">
          {outcome.message}
        </p>
      );
    case "done":
      return <ResultView result={outcome.result} />;
    case "refused":
      return <ErrorTable errors={outcome.errors} />;
  }
}

function ResultView({ result }: { result: ImportResult }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="font-medium text-slate-900">
        {result.dryRun
          ? `The file is valid: ${result.rows.toLocaleString("en")} rows. Press Import to save it.`
          : `Imported ${result.rows.toLocaleString("en")} rows.`}
      </p>
      <div className="flex flex-wrap gap-2">
        <Badge tone="green">{result.imported.toLocaleString("en")} new</Badge>
        <Badge tone="amber">{result.corrected.toLocaleString("en")} corrections</Badge>
        <Badge>{result.unchanged.toLocaleString("en")} unchanged</Badge>
      </div>
    </div>
  );
}

function ErrorTable({ errors }: { errors: RowError[] }) {
  const shown = errors.slice(0, SHOWN_ERRORS);
  return (
    <div className="space-y-2">
      <p role="alert" className="text-sm font-medium text-red-700">
        Nothing was imported: {errors.length.toLocaleString("en")} {errors.length === 1 ? "problem" : "problems"} to fix first.
      </p>
      <Table caption="Problems in the file">
        <thead>
          <tr>
            <Th align="right">Row</Th>
            <Th>Column</Th>
            <Th>Problem</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((error, index) => (
            <tr key={index}>
              <Td align="right">{error.row || "—"}</Td>
              <Td className="font-mono text-xs">{error.column ?? "—"}</Td>
              <Td>{error.message}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {errors.length > SHOWN_ERRORS && <p className="text-sm text-slate-600">…and {(errors.length - SHOWN_ERRORS).toLocaleString("en")} more.</p>}
    </div>
  );
}
