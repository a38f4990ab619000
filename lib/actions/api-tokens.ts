"use server";

import { revalidatePath } from "next/cache";
import { INT4_MAX } from "@/lib/schemas/text";
import { z } from "zod";
import { ApiTokenNotFoundError, issueOwnApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { apiTokenCreateSchema } from "@/lib/schemas/user";
import { ActionError, formAction } from "./guard";
import type { FormState } from "./form-state";

/** The create form's result also carries the clear token, which the browser shows only once. */
export interface TokenCreateState extends FormState {
  token?: string;
}

const tokenRevokeSchema = z.object({ tokenId: z.coerce.number().int().positive().max(INT4_MAX) });

export async function createApiTokenAction(previous: TokenCreateState, form: FormData): Promise<TokenCreateState> {
  // Built per call so the token issued in this request cannot leak into another's result.
  let issued: string | undefined;
  const guarded = formAction("token:manage", apiTokenCreateSchema, async (input, actor) => {
    const token = await issueOwnApiToken(actor, input.name);
    issued = token.token;
    revalidatePath("/settings");
    return `Token "${input.name}" created.`;
  });
  const state = await guarded(previous, form);
  return issued ? { ...state, token: issued } : state;
}

const revokeGuarded = formAction("token:manage", tokenRevokeSchema, async (input, actor) => {
  try {
    const { name } = await revokeApiToken(actor, input.tokenId);
    revalidatePath("/settings");
    return `Token "${name}" revoked. Calls using it are now refused.`;
  } catch (error) {
    if (error instanceof ApiTokenNotFoundError) throw new ActionError(error.message);
    throw error;
  }
});

export async function revokeApiTokenAction(previous: FormState, form: FormData): Promise<FormState> {
  return revokeGuarded(previous, form);
}
