"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { safeCallbackPath } from "@/lib/auth/home";
import { signInSchema } from "@/lib/schemas/user";

export interface SignInState {
  email: string;
  error?: string;
  fieldErrors?: { email?: string; password?: string };
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const given = form.get("email");
  const email = typeof given === "string" ? given : "";
  const parsed = signInSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) {
    const fields = parsed.error.flatten().fieldErrors;
    return { email, fieldErrors: { email: fields.email?.[0], password: fields.password?.[0] } };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackPath(form.get("callbackUrl")) ?? "/" });
  } catch (error) {
    // A successful sign-in "throws" Next's redirect, which must propagate.
    if (error instanceof AuthError) return { email, error: "Email or password is incorrect." };
    throw error;
  }
  return { email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
