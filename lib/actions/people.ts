"use server";

import { revalidatePath } from "next/cache";
import { changeAccess, handOverOwnership, resetPassword, type HandOver } from "@/lib/services/people";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { FormState } from "./form-state";
import { action, optionalNumber, revalidateEverywhere } from "./action";

const revalidatePeople = () => revalidatePath("/admin", "layout");

export const changeRoleAction = action({
  permission: "user:manage",
  run: (fields, user) => changeAccess(user, fields.email ?? "", { version: optionalNumber(fields, "version"), role: fields.role ?? "" }),
  done: (account) => {
    revalidatePeople();
    return `${account.name} now has the role ${ROLE_LABELS[account.role]}, from their next page or API call.`;
  },
});

export const setActiveAction = action({
  permission: "user:manage",
  run: (fields, user) => changeAccess(user, fields.email ?? "", { version: optionalNumber(fields, "version"), active: fields.active === "true" }),
  done: (account) => {
    revalidatePeople();
    return account.active
      ? `${account.name} can sign in again. Their old API tokens stay revoked.`
      : `${account.name} is deactivated: signed out everywhere, API tokens revoked.`;
  },
});

export const resetPasswordAction = action({
  permission: "user:manage",
  run: (fields, user) => resetPassword(user, fields.email ?? "", { version: optionalNumber(fields, "version"), password: fields.password ?? "" }),
  done: (account) => {
    revalidatePeople();
    return `New password set for ${account.name}. Give it to them privately.`;
  },
});

/** A checked hand-over says what would move; confirming it moves it. */
export interface HandOverState extends FormState {
  preview?: { toEmail: string; toName: string; summary: string };
}

const counted = (n: number, one: string, many = `${one}s`) => (n === 0 ? null : `${n} ${n === 1 ? one : many}`);

export const handOverAction = action<HandOver, HandOverState>({
  permission: "user:manage",
  run: (fields, user) => handOverOwnership(user, fields.email ?? "", { toEmail: fields.toEmail ?? "", dryRun: fields.intent !== "confirm" }),
  done: ({ moved, to, dryRun }) => {
    const parts = [
      counted(moved.kpis.length, "KPI"),
      counted(moved.processes.length, "process", "processes"),
      counted(moved.capabilities.length, "capability", "capabilities"),
      counted(moved.initiatives.length, "open initiative"),
      counted(moved.monitoring.length, "monitoring action"),
    ].filter((part): part is string => part !== null);
    const summary = parts.length === 0 ? "nothing" : parts.join(", ");
    if (dryRun) return { message: `This hands ${summary} to ${to.name}. Nothing has moved yet.`, preview: { toEmail: to.email, toName: to.name, summary } };
    revalidateEverywhere();
    return `Handed ${summary} to ${to.name}.`;
  },
});
