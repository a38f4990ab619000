"use client";

// Setting up exploit and explore teams: create one, rename or re-describe it, add and remove
// members (someone in another team moves here), archive it once empty.
import { buttonClass, dangerButtonClass, primaryButtonClass } from "@/components/ui/buttons";
import { Field, TextAreaField, TextField, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmStep } from "@/components/ui/use-confirm-step";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { archiveTeamAction, changeTeamAction, changeTeamMembersAction, createTeamAction } from "@/lib/actions/teams";

type Answer = ReturnType<typeof useFormAnswer>;

function StreamField({ form, current }: { form: Answer; current: string }) {
  return (
    <Field label="Stream" error={form.error("stream")}>
      <select name="stream" defaultValue={form.value("stream", current)} className={inputClass}>
        <option value="exploit">Exploit: runs and improves what exists</option>
        <option value="explore">Explore: finds what comes next</option>
      </select>
    </Field>
  );
}

export function TeamCreateForm() {
  const form = useFormAnswer(createTeamAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-[12rem_1fr_1fr]" aria-label="New team">
      <FormMessage state={form.state} className="sm:col-span-3" />
      <TextField
        name="code"
        label="Code"
        defaultValue={form.value("code")}
        error={form.error("code")}
        placeholder="PLATFORM"
        autoCapitalize="characters"
        maxLength={32}
      />
      <TextField name="name" label="Name" defaultValue={form.value("name")} error={form.error("name")} maxLength={120} placeholder="Platform Engineering" />
      <StreamField form={form} current="exploit" />
      <div className="sm:col-span-3">
        <TextAreaField
          name="description"
          label="Description (optional)"
          rows={2}
          defaultValue={form.value("description")}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      <div className="sm:col-span-3">
        <button type="submit" disabled={form.pending} className={primaryButtonClass}>
          {form.pending ? "Creating…" : "Create team"}
        </button>
      </div>
    </form>
  );
}

export interface TeamValues {
  code: string;
  version: number;
  name: string;
  stream: string;
  description: string;
}

export function TeamEditForm({ team }: { team: TeamValues }) {
  const form = useFormAnswer(changeTeamAction);
  return (
    <form action={form.formAction} key={form.key} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={`Edit ${team.name}`}>
      <input type="hidden" name="code" value={team.code} />
      <input type="hidden" name="version" value={team.version} />
      <FormMessage state={form.state} className="sm:col-span-2" />
      <TextField name="name" label="Name" defaultValue={form.value("name", team.name)} error={form.error("name")} maxLength={120} />
      <StreamField form={form} current={team.stream} />
      <div className="sm:col-span-2">
        <TextAreaField
          name="description"
          label="Description"
          rows={2}
          defaultValue={form.value("description", team.description)}
          error={form.error("description")}
          maxLength={2000}
        />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Save team"}
        </button>
      </div>
    </form>
  );
}

export interface Candidate {
  email: string;
  label: string;
}

/** The members with a remove button each, and a picker to add someone (their current team named). */
export function TeamMembersForm({ team, members, candidates }: { team: TeamValues; members: { email: string; name: string }[]; candidates: Candidate[] }) {
  const form = useFormAnswer(changeTeamMembersAction);
  const shown = JSON.stringify(members.map((member) => member.email));
  return (
    <div className="space-y-3">
      <FormMessage state={form.state} />
      {members.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-sm" aria-label={`Members of ${team.name}`}>
          {members.map((member) => (
            <li key={member.email} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="min-w-0">
                <span className="text-slate-900">{member.name}</span>
                <span className="block truncate text-xs text-slate-500">{member.email}</span>
              </span>
              <form action={form.formAction}>
                <input type="hidden" name="code" value={team.code} />
                <input type="hidden" name="version" value={team.version} />
                <input type="hidden" name="members" value={shown} />
                <input type="hidden" name="remove" value={member.email} />
                <button type="submit" disabled={form.pending} className={buttonClass} aria-label={`Remove ${member.name} from ${team.name}`}>
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={form.formAction} key={form.key} noValidate className="flex flex-wrap items-end gap-2" aria-label={`Add a member to ${team.name}`}>
        <input type="hidden" name="code" value={team.code} />
        <input type="hidden" name="version" value={team.version} />
        <input type="hidden" name="members" value={shown} />
        <div className="min-w-0 flex-1">
          <Field label="Add a member" error={form.error("add") ?? form.error("members")}>
            <select name="add" defaultValue="" className={inputClass}>
              <option value="">Choose someone…</option>
              {candidates.map((candidate) => (
                <option key={candidate.email} value={candidate.email}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <button type="submit" disabled={form.pending} className={buttonClass}>
          {form.pending ? "Saving…" : "Add"}
        </button>
      </form>
    </div>
  );
}

/** Archive in two steps, once the team is empty; restore in one. */
export function TeamArchiveControl({ team, archived, empty }: { team: TeamValues; archived: boolean; empty: boolean }) {
  const form = useFormAnswer(archiveTeamAction);
  const { confirming, ask, cancel, onKeyDown, confirmRef, startRef } = useConfirmStep(form.state);
  if (!archived && !empty) return <p className="text-xs text-slate-500">A team is archived once it has no members.</p>;
  return (
    <div className="space-y-2">
      <FormMessage state={form.state} />
      {archived || confirming ? (
        <form action={form.formAction} className="flex flex-wrap items-center gap-2" onKeyDown={onKeyDown}>
          <input type="hidden" name="code" value={team.code} />
          <input type="hidden" name="version" value={team.version} />
          <input type="hidden" name="archived" value={archived ? "false" : "true"} />
          {!archived && <span className="text-sm text-slate-700">Archive {team.name}? It stays on record and can be restored.</span>}
          <button ref={confirmRef} type="submit" disabled={form.pending} className={archived ? buttonClass : dangerButtonClass}>
            {form.pending ? "Saving…" : archived ? "Restore this team" : "Yes, archive it"}
          </button>
          {!archived && (
            <button type="button" className={buttonClass} onClick={cancel}>
              Cancel
            </button>
          )}
        </form>
      ) : (
        <button ref={startRef} type="button" className={buttonClass} onClick={ask}>
          Archive this team…
        </button>
      )}
    </div>
  );
}
