"use server";

import { redirect } from "next/navigation";
import { startFromExample } from "@/lib/services/example-catalogue";
import { action, revalidateEverywhere } from "./action";

export const startFromExampleAction = action({
  permission: "function:manage",
  run: (_fields, user) => startFromExample(user),
  done: () => {
    revalidateEverywhere();
    redirect("/setup?example=1");
  },
});
