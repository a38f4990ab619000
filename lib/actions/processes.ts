"use server";

import { revalidatePath } from "next/cache";
import { updateProcess } from "@/lib/services/processes";
import { action } from "./action";

// The wrapper checks that the role may edit some process; updateProcess checks this one's owner.
export const updateProcessAction = action({
  permission: "process:update",
  run: (fields, user) => updateProcess(user, fields),
  done: ({ version }, fields) => {
    revalidatePath("/processes");
    revalidatePath(`/processes/${encodeURIComponent(fields.code ?? "")}`);
    return `Saved. The process is now at version ${version}.`;
  },
});
