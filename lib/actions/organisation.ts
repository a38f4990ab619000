"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createBusinessFunctionFor, updateBusinessFunction } from "@/lib/services/business-functions";
import { createValueChainFor, updateValueChain } from "@/lib/services/value-chains";
import { action, optionalNumber } from "./action";

// Functions and chains appear in the navigation's pages (functions, scorecards, pickers), so every change refreshes them all.
const refreshAll = () => revalidatePath("/", "layout");

export const createValueChainAction = action({
  permission: "function:manage",
  run: (fields, user) => createValueChainFor(user, { code: fields.code ?? "", name: fields.name ?? "", description: fields.description ?? "" }),
  done: (chain) => {
    refreshAll();
    return `Value chain ${chain.name} (${chain.code}) created. Add its business functions next.`;
  },
});

export const updateValueChainAction = action({
  permission: "function:manage",
  run: (fields, user) =>
    updateValueChain(user, fields.code ?? "", { version: optionalNumber(fields, "version"), name: fields.name ?? "", description: fields.description ?? "" }),
  done: (chain) => {
    refreshAll();
    return `Value chain ${chain.code} saved.`;
  },
});

export const createBusinessFunctionAction = action({
  permission: "function:manage",
  run: (fields, user) =>
    createBusinessFunctionFor(user, {
      code: fields.code ?? "",
      name: fields.name ?? "",
      description: fields.description ?? "",
      valueChain: fields.valueChain ?? "",
    }),
  done: (fn) => {
    refreshAll();
    return `Business function ${fn.name} (${fn.code}) created. Record its demand profile next.`;
  },
});

export const updateBusinessFunctionAction = action({
  permission: "function:manage",
  run: (fields, user) =>
    updateBusinessFunction(user, fields.code ?? "", {
      version: optionalNumber(fields, "version"),
      name: fields.name ?? "",
      description: fields.description ?? "",
      valueChain: fields.valueChain ?? "",
    }),
  // A move takes the function to another chain's card, away from this form: the page says it instead.
  done: (fn) => {
    refreshAll();
    redirect(`/setup/organisation?saved=${encodeURIComponent(fn.code)}#function-${fn.code}`);
  },
});
