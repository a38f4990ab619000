// Administrators manage people: change a role, deactivate and reactivate, reset a password, and hand
// everything a leaver owns to someone else in one step. Each change carries the account's version
// and its audit event; a deactivated person's sessions stop at once (the signed-in user is read
// fresh on every request) and their API tokens are revoked.
import { hashPassword } from "@/lib/auth/password";
import { can, notPermitted, ROLE_LABELS, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/db/audit";
import { listKpiDefinitionsOwnedBy } from "@/lib/db/kpi-definitions";
import {
  countActiveAdmins,
  findAccount,
  handOver,
  loadOwnership,
  revokeTokensOf,
  updateAccountAtVersion,
  type Account,
  type AccountChanges,
  type Ownership,
} from "@/lib/db/people";
import type { Tx } from "@/lib/db/transaction";
import { accessChangeProblem } from "@/lib/domain/user-access";
import { invalidAt, notFound, ok, refuse, type Refusal, type Result } from "@/lib/refusal";
import { parseWith } from "@/lib/schemas/problems";
import { accessChangeSchema, handOverSchema, passwordResetSchema, type AccountJson, type OwnershipJson } from "@/lib/schemas/user";
import { kpiDefinitionJson, mayOwnKpis } from "./kpi-definitions";
import { transactionally } from "./transaction";
import { changedMeanwhile } from "./unique-code";

export function accountJson(account: Account): AccountJson {
  return {
    email: account.email,
    name: account.name,
    role: account.role,
    active: account.active,
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
    version: account.version,
  };
}

export function ownershipJson(owned: Ownership): OwnershipJson {
  return {
    kpis: owned.kpis.map((kpi) => ({ code: kpi.code, name: kpi.name, archived: kpi.archivedAt !== null })),
    processes: owned.processes,
    capabilities: owned.capabilities,
    initiatives: owned.initiatives,
    monitoring: owned.monitoring.map((action) => ({ id: action.id, action: action.action, process: action.process.code })),
  };
}

const noUser = (email: string) => notFound(`There is no user ${email}.`);

/** The account, in a transaction, or the refusal to answer with. */
async function accountAt(tx: Tx, email: string, version?: number): Promise<Result<Account>> {
  const account = await findAccount(tx, { email });
  if (!account) return refuse(noUser(email));
  if (version !== undefined && account.version !== version) return refuse(changedMeanwhile(`The account of ${account.email}`));
  return ok(account);
}

export async function changeAccess(actor: Actor, email: string, input: unknown): Promise<Result<AccountJson>> {
  if (!can(actor, "user:manage")) return refuse(notPermitted("user:manage"));
  const parsed = parseWith(accessChangeSchema, input);
  if (!parsed.ok) return parsed;
  const { version, ...change } = parsed.value;
  if (change.role === undefined && change.active === undefined && change.name === undefined) {
    return refuse(invalidAt("body", "Send version with what to change: role, active or name"));
  }
  return transactionally(async (tx) => {
    const found = await accountAt(tx, email, version);
    if (!found.ok) return found;
    const before = found.value;
    const problem = accessChangeProblem(actor.id, before, change, await countActiveAdmins(tx));
    if (problem) return refuse(invalidAt(problem.field, problem.message));
    const changes: AccountChanges = change;
    if (!(await updateAccountAtVersion(tx, before.id, version, changes))) return refuse(changedMeanwhile(`The account of ${before.email}`));
    const tokensRevoked = change.active === false && before.active ? await revokeTokensOf(tx, before.id) : 0;
    const after = await accountAt(tx, before.email);
    if (!after.ok) return after;
    const action = change.active === false && before.active ? "user.deactivate" : change.active === true && !before.active ? "user.reactivate" : "user.update";
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "User",
      entityId: String(before.id),
      before: accountJson(before),
      after: { ...accountJson(after.value), ...(tokensRevoked > 0 ? { tokensRevoked } : {}) },
    });
    return ok(accountJson(after.value));
  });
}

/** Sets a new password chosen by an administrator, to be handed to the person privately. */
export async function resetPassword(actor: Actor, email: string, input: unknown): Promise<Result<AccountJson>> {
  if (!can(actor, "user:manage")) return refuse(notPermitted("user:manage"));
  const parsed = parseWith(passwordResetSchema, input);
  if (!parsed.ok) return parsed;
  const passwordHash = await hashPassword(parsed.value.password);
  return transactionally(async (tx) => {
    const found = await accountAt(tx, email, parsed.value.version);
    if (!found.ok) return found;
    if (!(await updateAccountAtVersion(tx, found.value.id, parsed.value.version, { passwordHash })))
      return refuse(changedMeanwhile(`The account of ${found.value.email}`));
    const after = await accountAt(tx, found.value.email);
    if (!after.ok) return after;
    // Never the password or its hash: only that it changed, by whom.
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.password-reset",
      entityType: "User",
      entityId: String(found.value.id),
      after: accountJson(after.value),
    });
    return ok(accountJson(after.value));
  });
}

export async function ownershipOf(actor: Actor, email: string): Promise<Result<{ account: AccountJson; owns: OwnershipJson }>> {
  if (!can(actor, "user:manage")) return refuse(notPermitted("user:manage"));
  return transactionally(async (tx) => {
    const found = await accountAt(tx, email);
    if (!found.ok) return found;
    return ok({ account: accountJson(found.value), owns: ownershipJson(await loadOwnership(tx, found.value.id)) });
  });
}

/** Why `to` cannot take over what is owned, or null: each kind of thing needs a role that may act on it. */
function cannotTakeOver(to: Account, owned: Ownership): Refusal | null {
  const role = ROLE_LABELS[to.role];
  const may = (permission: Parameters<typeof can>[1]) => can(to, permission, { ownerId: to.id });
  const gaps = [
    owned.kpis.length > 0 && !mayOwnKpis(to) ? `enter the readings of ${owned.kpis.length} KPIs` : null,
    owned.processes.length > 0 && !may("process:update") ? "document processes" : null,
    owned.capabilities.length > 0 && !may("capability:manage") ? "develop capabilities" : null,
    owned.initiatives.length > 0 && !may("initiative:run") ? `run ${owned.initiatives.length} open initiatives` : null,
    owned.monitoring.length > 0 && !may("monitoring:log") ? "log monitoring actions" : null,
  ].filter((gap): gap is string => gap !== null);
  if (gaps.length === 0) return null;
  return invalidAt("toEmail", `${to.name} (${role}) may not ${gaps.join(", ")}. Choose someone whose role may, or change their role first.`);
}

export interface HandOver {
  from: AccountJson;
  to: AccountJson;
  moved: OwnershipJson;
  dryRun: boolean;
}

/** Hands everything `email` owns to `toEmail`, all or nothing; `dryRun` says what would move. */
export async function handOverOwnership(actor: Actor, email: string, input: unknown): Promise<Result<HandOver>> {
  if (!can(actor, "user:manage")) return refuse(notPermitted("user:manage"));
  const parsed = parseWith(handOverSchema, input);
  if (!parsed.ok) return parsed;
  const { toEmail, dryRun } = parsed.value;
  return transactionally(async (tx) => {
    const from = await accountAt(tx, email);
    if (!from.ok) return from;
    const to = await findAccount(tx, { email: toEmail });
    if (!to || !to.active) return refuse(invalidAt("toEmail", `No active user has the email ${toEmail}. Choose someone who can sign in.`));
    if (to.id === from.value.id) return refuse(invalidAt("toEmail", `Choose someone other than ${to.name} to take over.`));
    const owned = await loadOwnership(tx, from.value.id);
    const refused = cannotTakeOver(to, owned);
    if (refused) return refuse(refused);
    const result: HandOver = { from: accountJson(from.value), to: accountJson(to), moved: ownershipJson(owned), dryRun };
    const nothing = Object.values(owned).every((things) => things.length === 0);
    if (dryRun || nothing) return ok(result);

    const kpisBefore = await listKpiDefinitionsOwnedBy(tx, from.value.id);
    await handOver(tx, from.value.id, to.id);
    const reason = `Handed over from ${from.value.email} to ${to.email}`;
    // Each KPI's definition history shows the new owner, as an edit of the owner would.
    for (const row of kpisBefore) {
      const before = kpiDefinitionJson(row);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "kpi.update",
        entityType: "Kpi",
        entityId: row.code,
        before,
        after: { ...before, ownerEmail: to.email, version: before.version + 1, reason },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.hand-over",
      entityType: "User",
      entityId: String(from.value.id),
      before: result.moved,
      after: { to: to.email },
    });
    return ok(result);
  });
}
