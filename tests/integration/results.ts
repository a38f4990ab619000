// Reading a use case's Result in a test: the value when it worked, the refusal when it did not.
import type { Refusal, Result } from "@/lib/refusal";

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.refusal)}`);
  return result.value;
}

export function refusalOf<T>(result: Result<T>): Refusal {
  if (result.ok) throw new Error("expected a refusal, got success");
  return result.refusal;
}

/** The refusal's kind, or "ok". */
export const outcome = <T>(result: Result<T>): Refusal["kind"] | "ok" => (result.ok ? "ok" : result.refusal.kind);
