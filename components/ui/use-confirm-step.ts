"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * The two steps of a destructive action: ask, then confirm. Asking is tied to the answer on screen
 * when asked, so the next answer (done or refused) closes the question by itself. Keyboard focus
 * follows the choice: onto the confirm button when asked, back to the first button after.
 */
export function useConfirmStep(answer: FormState) {
  const [askedAt, setAskedAt] = useState<FormState | null>(null);
  const confirming = askedAt === answer;
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (opened.current) startRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  return {
    confirming,
    ask: () => setAskedAt(answer),
    cancel: () => setAskedAt(null),
    /** On the confirming form: Escape cancels. */
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape") setAskedAt(null);
    },
    confirmRef,
    startRef,
  };
}
