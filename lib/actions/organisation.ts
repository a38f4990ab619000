"use server";

import { redirect } from "next/navigation";
import { createBusinessFunctionFor, updateBusinessFunction } from "@/lib/services/business-functions";
import { createValueChainFor, updateValueChain } from "@/lib/services/value-chains";
import { action, revalidateEverywhere, optionalNumber } from "./action";

export const createValueChainAction = action({
  permission: "function:manage",
  run: (fields, user) => createValueChainFor(user, { code: fields.code ?? "", name: fields.name ?? "", description: fields.description ?? "" }),
  done: (chain) => {
    revalidateEverywhere();
    return `Value chain ${chain.name} (${chain.code}) created. Add its business functions next.`;
  },
});

export const updateValueChainAction = action({
  permission: "function:manage",
  run: (fields, user) =>
    updateValueChain(user, fields.code ?? "", { version: optionalNumber(fields, "version"), name: fields.name ?? "", description: fields.description ?? "" }),
  done: (chain) => {
    revalidateEverywhere();
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
    revalidateEverywhere();
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
    revalidateEverywhere();
    redirect(`/setup/organisation?saved=${encodeURIComponent(fn.code)}#function-${fn.code}`);
  },
});
