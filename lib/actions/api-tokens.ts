"use server";

import { revalidatePath } from "next/cache";
import { issueToken, revokeToken } from "@/lib/services/api-tokens";
import { action } from "./action";
import type { FormState } from "./form-state";

/** The create form's result also carries the clear token, which the browser shows only once. */
export interface TokenCreateState extends FormState {
  token?: string;
}

export const createApiTokenAction = action<{ name: string; token: string }, TokenCreateState>({
  permission: "token:manage",
  run: (fields, user) => issueToken(user, { name: fields.name }),
  done: ({ name, token }) => {
    revalidatePath("/settings");
    return { message: `Token "${name}" created.`, token };
  },
});

export const revokeApiTokenAction = action({
  permission: "token:manage",
  run: (fields, user) => revokeToken(user, { tokenId: fields.tokenId }),
  done: ({ name }) => {
    revalidatePath("/settings");
    return `Token "${name}" revoked. Calls using it are now refused.`;
  },
});
