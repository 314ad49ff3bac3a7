import "server-only";
import { isUniqueViolation } from "./errors";
import { db, type Db } from "./index";

export class EmailTakenError extends Error {
  override name = "EmailTakenError";
}

/** Creates a password user; a concurrent or repeated sign-up with the same email fails cleanly. */
export async function createPasswordUser(
  input: { email: string; name: string; passwordHash: string },
  client: Db = db(),
): Promise<{ id: string; email: string; name: string }> {
  try {
    return await client.user.create({ data: input, select: { id: true, email: true, name: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError("An account with this email already exists");
    throw error;
  }
}

export async function recordSignInAttempt(
  input: { email: string; userId: string | null; success: boolean; at: Date },
  client: Db = db(),
): Promise<void> {
  await client.loginAttempt.create({
    data: { email: input.email, userId: input.userId, success: input.success, createdAt: input.at },
  });
}

/** Finds or creates the user behind an OAuth sign-in (GitHub), linking by provider id, then by email. */
export async function upsertOAuthUser(
  input: { provider: string; providerAccountId: string; email: string; name: string },
  client: Db = db(),
): Promise<{ id: string; email: string; name: string }> {
  const select = { id: true, email: true, name: true } as const;
  const linked = await client.account.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { user: { select } },
  });
  if (linked) return linked.user;
  return client.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email: input.email }, select })) ??
      (await tx.user.create({ data: { email: input.email, name: input.name }, select }));
    await tx.account.create({
      data: { userId: user.id, provider: input.provider, providerAccountId: input.providerAccountId },
    });
    return user;
  });
}

/**
 * Sets a new password hash and revokes every session signed in before `at` (see
 * lib/auth/revocation.ts). Returns false when the account is gone.
 */
export async function changePasswordHash(userId: string, passwordHash: string, at: Date, client: Db = db()): Promise<boolean> {
  const { count } = await client.user.updateMany({ where: { id: userId }, data: { passwordHash, sessionsValidFrom: at } });
  return count > 0;
}

/** Revokes every session of the user signed in before `at` ("sign out everywhere"). */
export async function revokeSessions(userId: string, at: Date, client: Db = db()): Promise<boolean> {
  const { count } = await client.user.updateMany({ where: { id: userId }, data: { sessionsValidFrom: at } });
  return count > 0;
}

/**
 * Deletes an account and everything it owns: settings, card states, answers, optimizations,
 * interview rounds and linked sign-ins go with the user row (ON DELETE CASCADE); the sign-in
 * attempts kept for throttling are deleted too, so the email is not left behind.
 */
export async function deleteUserAccount(userId: string, client: Db = db()): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return false;
    await tx.loginAttempt.deleteMany({ where: { OR: [{ userId }, { email: user.email }] } });
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}
