// The one way a use case says "no": a Refusal value, never an exception. Exceptions are for bugs
// and outages; a user mistake, a missing record or a stale version is an answer the caller presents
// (lib/api/problem.ts over HTTP, lib/actions/form-state.ts on a form). Imports nothing.

/**
 * Where a problem is. A body field (`title`), a nested one (`kpis[0].code`), a query or path
 * parameter by name (`asOf`), a file cell (`rows[12].value`, 12 being the record number in the
 * file with the header as 1), a whole row (`rows[12]`) or the whole `file`.
 */
export interface FieldProblem {
  path: string;
  message: string;
}

export type Refusal =
  | { kind: "not-found"; message: string }
  | { kind: "forbidden"; message: string }
  | { kind: "invalid"; message: string; errors: FieldProblem[] }
  | { kind: "conflict"; message: string }
  | { kind: "too-large"; message: string; limits?: Record<string, number> }
  | { kind: "unavailable"; message: string };

export type RefusalKind = Refusal["kind"];

export type Result<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({ ok: false, refusal });

export const notFound = (message: string): Refusal => ({ kind: "not-found", message });
export const forbidden = (message: string): Refusal => ({ kind: "forbidden", message });
export const conflict = (message: string): Refusal => ({ kind: "conflict", message });
export const tooLarge = (message: string, limits?: Record<string, number>): Refusal => ({ kind: "too-large", message, ...(limits ? { limits } : {}) });
export const unavailable = (message: string): Refusal => ({ kind: "unavailable", message });

/** Field problems; the summary defaults to one that points at them. */
export function invalid(errors: FieldProblem[], message = "Check the fields named in errors."): Refusal {
  return { kind: "invalid", message, errors };
}

/** One problem at one path. */
export const invalidAt = (path: string, message: string, summary?: string): Refusal => invalid([{ path, message }], summary);

/**
 * Thrown inside a transaction to roll it back; `transactionally` (lib/services/transaction.ts)
 * turns it back into a refused Result. Nothing outside a transaction should throw it.
 */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.name = "Refused";
  }
}

/** `a.b[0].c` from a path of keys and indices, as zod reports it; "body" for the empty path. */
export function pathString(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text === "" ? "body" : text;
}

/** A file location: a cell, a whole row (column null), or the whole file (row 0). */
export function filePath(row: number, column: string | null): string {
  if (row <= 0) return "file";
  return column ? `rows[${row}].${column}` : `rows[${row}]`;
}

/** The row and column a file path names (the inverse of filePath); null for a path outside a file. */
export function fileLocation(path: string): { row: number; column: string | null } | null {
  if (path === "file") return { row: 0, column: null };
  const match = /^rows\[(\d+)\](?:\.(.+))?$/.exec(path);
  return match ? { row: Number(match[1]), column: match[2] ?? null } : null;
}
