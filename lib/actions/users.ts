"use server";

import { revalidatePath } from "next/cache";
import { hashPassword } from "@/lib/auth/password";
import { createUser, emailTaken } from "@/lib/db/users";
import { userCreateSchema } from "@/lib/schemas/user";
import { ActionError, formAction } from "./guard";
import type { FormState } from "./form-state";

const createUserGuarded = formAction("user:manage", userCreateSchema, async (input, actor) => {
  if (await emailTaken(input.email)) throw new ActionError(`A user with email ${input.email} already exists`, "email");
  const { password, ...rest } = input;
  const user = await createUser({ ...rest, passwordHash: await hashPassword(password) }, actor.id);
  revalidatePath("/admin");
  return `${user.name} can now sign in as ${user.email}.`;
});

export async function createUserAction(previous: FormState, form: FormData): Promise<FormState> {
  return createUserGuarded(previous, form);
}
