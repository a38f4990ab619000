// Every server action that changes something is made here, so none can forget a step. In order:
// authenticate (the session) → validate (the form's fields: text only, bounded) → authorise (the
// role's permission in the matrix, before any record is read) → run the use case, which checks the
// object rule (e.g. "owns this KPI") and parses the content with its schema → present the result.
// Sign-in and sign-out (lib/actions/auth.ts) are the exception: there is no session to check yet.
import { revalidatePath } from "next/cache";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, notPermitted, type Permission } from "@/lib/auth/permissions";
import type { Result } from "@/lib/refusal";
import { refusalState, topField, type FormState } from "./form-state";

/** A form's text fields by name (the last value of a repeated one). */
export type FormFields = Record<string, string>;

/** Far more than any form of the product sends; a larger post is not a person typing. */
export const FORM_MAX_CHARS = 256 * 1024;

export interface ActionConfig<T, State extends FormState> {
  permission: Permission;
  /** The use case, given the form's fields (adapted to its input here) and the signed-in user. */
  run: (fields: FormFields, user: CurrentUser) => Promise<Result<T>>;
  /** What the form says when it worked; may revalidate pages or redirect. */
  done: (value: T, fields: FormFields) => string | (Omit<State, "status"> & { message: string });
  /** A problem's path → the form field that shows it, when they differ. */
  field?: (path: string) => string;
}

export function action<T, State extends FormState = FormState>(config: ActionConfig<T, State>) {
  return async (_previous: State, form: FormData): Promise<State> => {
    const read = readFields(form);
    const values = echoed(read.ok ? read.fields : {});
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: "Your session has ended. Sign in again.", values } as State;
    if (!read.ok) return { status: "error", message: read.message, values } as State;
    if (!can(user, config.permission)) return refusalState(notPermitted(config.permission), values) as State;
    const result = await config.run(read.fields, user);
    if (!result.ok) return refusalState(result.refusal, values, config.field ?? topField) as State;
    const done = config.done(result.value, read.fields);
    return (typeof done === "string" ? { status: "success", message: done } : { ...done, status: "success" }) as State;
  };
}

/** Text fields only: a file or an oversized post is refused before anything else looks at it. */
export function readFields(form: FormData): { ok: true; fields: FormFields } | { ok: false; message: string } {
  const fields: FormFields = {};
  let size = 0;
  for (const [name, value] of form.entries()) {
    // Next adds its own $ACTION_ fields to progressively enhanced forms; they are not input.
    if (name.startsWith("$ACTION")) continue;
    if (typeof value !== "string") return { ok: false, message: `The field ${name} must be text, not a file.` };
    size += name.length + value.length;
    if (size > FORM_MAX_CHARS) return { ok: false, message: "The form is too large to save." };
    fields[name] = value;
  }
  return { ok: true, fields };
}

/** What the user typed, to refill a refused form; never a password. */
function echoed(fields: FormFields): FormFields {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !/password/i.test(name)));
}

/** Blank is "not given": a form sends its empty fields as "". */
export const optionalText = (fields: FormFields, name: string): string | undefined => (fields[name]?.trim() ? fields[name] : undefined);

/** A number field as the use case's schema expects it: blank is absent, anything else is Number(text). */
export const optionalNumber = (fields: FormFields, name: string): number | undefined => {
  const text = fields[name]?.trim();
  return text ? Number(text) : undefined;
};

/** A record id carried in a hidden field; null when it cannot name a row. */
export function idField(fields: FormFields, name: string): number | null {
  const text = fields[name] ?? "";
  const id = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
}

/**
 * After a change to the organisation's model (functions, priorities, KPIs, profiles): every page
 * may show it (scorecards, overview, heat map, pickers), so all are refreshed.
 */
export function revalidateEverywhere(): void {
  revalidatePath("/", "layout");
}
