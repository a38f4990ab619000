"use server";

import { revalidatePath } from "next/cache";
import { ProcessEditError, updateProcess } from "@/lib/db/processes";
import { processUpdateSchema } from "@/lib/schemas/process";
import { ActionError, formAction } from "./guard";
import type { FormState } from "./form-state";

// The guard checks that the role may edit some process; updateProcess checks this one's owner.
const updateProcessGuarded = formAction("process:update", processUpdateSchema, async (input, actor) => {
  try {
    const { version } = await updateProcess(actor, input);
    revalidatePath("/processes");
    revalidatePath(`/processes/${encodeURIComponent(input.code)}`);
    return `Saved. The process is now at version ${version}.`;
  } catch (error) {
    if (error instanceof ProcessEditError) throw new ActionError(error.message, error.field);
    throw error;
  }
});

export async function updateProcessAction(previous: FormState, form: FormData): Promise<FormState> {
  return updateProcessGuarded(previous, form);
}
