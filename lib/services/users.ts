// Creating a user account, from the admin page or the command line.
import { hashPassword } from "@/lib/auth/password";
import { can, notPermitted, type Actor } from "@/lib/auth/permissions";
import { createUser, emailTaken, type UserSummary } from "@/lib/db/users";
import { invalidAt, ok, refuse, type Result } from "@/lib/refusal";
import { parseWith } from "@/lib/schemas/problems";
import { userCreateSchema } from "@/lib/schemas/user";
import { transactionally } from "./transaction";

/** Whoever runs the product's command line is trusted as its operator: it has the database already. */
export const COMMAND_LINE = "command-line";

export async function createUserAccount(actor: Actor | typeof COMMAND_LINE, input: unknown): Promise<Result<UserSummary>> {
  if (actor !== COMMAND_LINE && !can(actor, "user:manage")) return refuse(notPermitted("user:manage"));
  const parsed = parseWith(userCreateSchema, input);
  if (!parsed.ok) return parsed;
  const { password, ...account } = parsed.value;
  const passwordHash = await hashPassword(password);
  return transactionally(async (tx) => {
    if (await emailTaken(tx, account.email)) return refuse(invalidAt("email", `A user with email ${account.email} already exists`));
    return ok(await createUser(tx, { ...account, passwordHash }, actor === COMMAND_LINE ? null : actor.id));
  });
}
