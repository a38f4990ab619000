// Every form action goes through here: authenticate → validate with zod → authorise → run.
// A mutation therefore cannot forget its permission check or its validation.
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, describePermission, ForbiddenError, type Permission } from "@/lib/auth/permissions";
import type { FormState } from "./form-state";


/** A user mistake the action can name (e.g. "email already in use"), as opposed to a bug. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function formAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser) => Promise<string>,
) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const values = Object.fromEntries([...form.entries()].filter(([key, v]) => typeof v === "string" && !/password/i.test(key))) as Record<string, string>;
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: "Your session has ended. Sign in again.", values };
    if (!can(user, permission)) return { status: "error", message: `You do not have permission to ${describePermission(permission)}.`, values };
    const parsed = schema.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
      return { status: "error", message: "Check the highlighted fields.", fieldErrors, values };
    }
    try {
      return { status: "success", message: await run(parsed.data, user) };
    } catch (error) {
      if (error instanceof ForbiddenError) return { status: "error", message: error.message, values };
      if (error instanceof ActionError) {
        return { status: "error", message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined, values };
      }
      throw error;
    }
  };
}
