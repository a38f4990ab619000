"use client";

// Importing a catalogue file: choose it, check it (a dry run that writes nothing and says what
// would change, or every problem at its place in the file), then import it. The file goes to the
// same endpoint scripts use, so the page and the API cannot disagree.
import { useState } from "react";
import { buttonClass, primaryButtonClass } from "@/components/ui/buttons";
import { CATALOGUE_SECTIONS, cataloguePlanSchema, type CataloguePlan } from "@/lib/schemas/catalogue-plan";
import { plural } from "@/lib/format";
import { problemSchema } from "@/lib/schemas/problem-document";

const SECTION_LABELS: Record<(typeof CATALOGUE_SECTIONS)[number], string> = {
  valueChains: "Value chains",
  businessFunctions: "Business functions",
  priorities: "Priorities",
  processes: "Processes",
  capabilities: "Capabilities",
  kpis: "KPIs",
  links: "KPI links",
  teams: "Teams",
  coordinationMechanisms: "Coordination mechanisms",
};
const PROBLEMS_SHOWN = 50;

type Answer =
  | { kind: "idle" }
  | { kind: "busy"; what: string }
  | { kind: "plan"; plan: CataloguePlan }
  | { kind: "problems"; message: string; problems: { path: string; message: string }[] };

export function CatalogueImport() {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [answer, setAnswer] = useState<Answer>({ kind: "idle" });

  async function send(dryRun: boolean) {
    if (!file) return;
    setAnswer({ kind: "busy", what: dryRun ? "Checking…" : "Importing…" });
    const yaml = /\.ya?ml$/i.test(file.name);
    try {
      const response = await fetch(`/api/v1/catalogue/import${dryRun ? "?dryRun=true" : ""}`, {
        method: "POST",
        headers: { "content-type": yaml ? "application/yaml" : "application/json" },
        body: file.text,
      });
      const body: unknown = await response.json();
      if (response.ok) return setAnswer({ kind: "plan", plan: cataloguePlanSchema.parse(body) });
      const problem = problemSchema.parse(body);
      setAnswer({ kind: "problems", message: problem.detail ?? problem.title, problems: problem.errors ?? [] });
    } catch {
      setAnswer({
        kind: "problems",
        message: "The server could not be reached, or answered in a way this page does not understand. Nothing was imported.",
        problems: [],
      });
    }
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">Catalogue file (YAML or JSON)</span>
          <input
            type="file"
            accept=".yaml,.yml,.json,application/yaml,application/json"
            className="block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:font-medium"
            onChange={async (event) => {
              const chosen = event.target.files?.[0];
              setAnswer({ kind: "idle" });
              setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
            }}
          />
        </label>
        <button type="button" className={buttonClass} disabled={!file || answer.kind === "busy"} onClick={() => void send(true)}>
          Check the file
        </button>
      </div>
      <div aria-live="polite">
        {answer.kind === "busy" && <p className="text-sm text-slate-600">{answer.what}</p>}
        {answer.kind === "problems" && <Problems message={answer.message} problems={answer.problems} />}
        {answer.kind === "plan" && <Plan plan={answer.plan} onImport={() => void send(false)} />}
      </div>
    </div>
  );
}

function Problems({ message, problems }: { message: string; problems: { path: string; message: string }[] }) {
  return (
    <div role="alert" className="rounded-md bg-red-50 p-4 text-sm text-red-900 ring-1 ring-inset ring-red-200">
      <p className="font-medium">{message}</p>
      {problems.length > 0 && (
        <ul className="mt-2 space-y-1" data-testid="catalogue-problems">
          {problems.slice(0, PROBLEMS_SHOWN).map((problem, index) => (
            <li key={index}>
              <code className="rounded bg-white/70 px-1 font-mono text-xs">{problem.path}</code> {problem.message}
            </li>
          ))}
          {problems.length > PROBLEMS_SHOWN && <li>…and {(problems.length - PROBLEMS_SHOWN).toLocaleString("en-GB")} more. Fix these and check again.</li>}
        </ul>
      )}
    </div>
  );
}

function Plan({ plan, onImport }: { plan: CataloguePlan; onImport: () => void }) {
  const sections = CATALOGUE_SECTIONS.map((name) => ({ name, ...plan.sections[name] }));
  const changes = sections.reduce((sum, section) => sum + section.created.length + section.changed.length, 0);
  return (
    <div className="space-y-3" data-testid="catalogue-plan">
      <p className={`rounded-md px-4 py-3 text-sm ${plan.dryRun ? "bg-slate-100 text-slate-800" : "bg-green-50 text-green-800"}`} role="status">
        {plan.dryRun
          ? changes === 0
            ? "The file matches what is recorded: importing it would change nothing."
            : `The file is fine. Importing it would create or change ${plural(changes, "entry", "entries")}; nothing is written until you import.`
          : `Imported: ${plural(changes, "entry", "entries")} created or changed, each with its audit event.`}
      </p>
      <p className="text-xs text-slate-500">Nothing is deleted: what is recorded but not in the file is left as it is.</p>
      <table className="w-full text-sm">
        <caption className="sr-only">What the import {plan.dryRun ? "would do" : "did"}, per section</caption>
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
            <th className="py-1.5 font-semibold">Section</th>
            <th className="py-1.5 pl-3 text-right font-semibold">New</th>
            <th className="py-1.5 pl-3 text-right font-semibold">Changed</th>
            <th className="py-1.5 pl-3 text-right font-semibold">Same</th>
            <th className="py-1.5 pl-3 text-right font-semibold" title="Recorded but not in the file: left as it is">
              Not in file
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {sections.map((section) => (
            <tr key={section.name}>
              <th scope="row" className="py-1.5 text-left font-medium text-slate-800">
                {SECTION_LABELS[section.name]}
              </th>
              <td className="py-1.5 pl-3 text-right" title={section.created.join(", ")}>
                {section.created.length}
              </td>
              <td className="py-1.5 pl-3 text-right" title={section.changed.join(", ")}>
                {section.changed.length}
              </td>
              <td className="py-1.5 pl-3 text-right">{section.unchanged}</td>
              <td className="py-1.5 pl-3 text-right">{section.notInFile.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.dryRun && changes > 0 && (
        <button type="button" className={primaryButtonClass} onClick={onImport}>
          Import it
        </button>
      )}
    </div>
  );
}
