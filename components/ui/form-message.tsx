import type { FormState } from "@/lib/actions/form-state";

/** What a form action answered, announced politely; nothing before the first submit. */
export function FormMessage({ state, className = "" }: { state: FormState; className?: string }) {
  if (!state.message) return null;
  const tone = state.status === "success" ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800";
  return (
    <p role="status" data-testid="form-message" className={`rounded-md px-3 py-2 text-sm ${tone} ${className}`}>
      {state.message}
    </p>
  );
}
