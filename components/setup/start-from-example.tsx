"use client";

import { primaryButtonClass } from "@/components/ui/buttons";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAnswer } from "@/components/ui/use-form-answer";
import { startFromExampleAction } from "@/lib/actions/catalogue";

/** One button: the example organisation's model, owned by whoever presses it. */
export function StartFromExample() {
  const form = useFormAnswer(startFromExampleAction);
  return (
    <form action={form.formAction} className="space-y-3" aria-label="Start from the example catalogue">
      <FormMessage state={form.state} />
      <button type="submit" disabled={form.pending} className={primaryButtonClass}>
        {form.pending ? "Importing the example… (about ten seconds)" : "Start from the example catalogue"}
      </button>
    </form>
  );
}
