"use server";

import { revalidatePath } from "next/cache";
import { createUserAccount } from "@/lib/services/users";
import { action } from "./action";

export const createUserAction = action({
  permission: "user:manage",
  run: (fields, user) => createUserAccount(user, fields),
  done: (created) => {
    revalidatePath("/admin");
    return `${created.name} can now sign in as ${created.email}.`;
  },
});
