"use server";

import { redirect } from "next/navigation";
import { createBusinessFunctionFor, deleteBusinessFunction, updateBusinessFunction } from "@/lib/services/business-functions";
import { createValueChainFor, deleteValueChain, updateValueChain } from "@/lib/services/value-chains";
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

export const deleteValueChainAction = action({
  permission: "function:manage",
  run: (fields, user) => deleteValueChain(user, fields.code ?? "", { version: optionalNumber(fields, "version") }),
  done: ({ deleted }) => {
    revalidateEverywhere();
    // What was deleted leaves the page, so the page says so.
    redirect(`/setup/organisation?deleted=${encodeURIComponent(deleted)}`);
  },
});

export const deleteBusinessFunctionAction = action({
  permission: "function:manage",
  run: (fields, user) => deleteBusinessFunction(user, fields.code ?? "", { version: optionalNumber(fields, "version") }),
  done: ({ deleted }) => {
    revalidateEverywhere();
    redirect(`/setup/organisation?deleted=${encodeURIComponent(deleted)}`);
  },
});
