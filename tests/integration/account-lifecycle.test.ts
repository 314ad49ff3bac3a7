import { expect, it } from "vitest";
import { findSessionUser, findUserById, findUserCredentials, userHasPassword } from "@/lib/data/users";
import { answerCard } from "@/lib/db/reviews";
import { createRound } from "@/lib/db/interview";
import { saveStudySettings } from "@/lib/db/settings";
import { changePasswordHash, createPasswordUser, deleteUserAccount, recordSignInAttempt, revokeSessions, upsertOAuthUser } from "@/lib/db/users";
import { DEFAULT_SCHEDULER_PARAMS, studySettingsSchema } from "@/lib/srs";
import type { Db } from "@/lib/db";
import { describeEachDatabase } from "../support/test-db";

let counter = 0;
const NOW = new Date("2026-11-23T09:00:00Z");
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${++counter}@example.test`;

/** A password account with something in every table a learner fills. */
async function fullAccount(db: Db, tag: string) {
  const email = uniqueEmail(tag);
  const user = await createPasswordUser({ email, name: tag, passwordHash: "$argon2id$old" }, db);
  await saveStudySettings(user.id, studySettingsSchema.parse({ newPerDay: 5 }), db);
  const applied = await answerCard(
    {
      userId: user.id,
      cardId: `${tag}-note:trap:a`,
      noteId: `${tag}-note`,
      rating: 3,
      idempotencyKey: `${tag}-key-${counter}`,
      answeredAt: NOW,
      durationMs: 3_000,
      expectedVersion: 0,
      params: DEFAULT_SCHEDULER_PARAMS,
    },
    db,
  );
  expect(applied.status).toBe("applied");
  await db.optimization.create({ data: { userId: user.id, status: "done", reviews: 1, createdAt: NOW } });
  await createRound({ userId: user.id, plan: { kind: "drills", seed: 1, topics: [], weighted: true, questions: [] }, now: NOW }, db);
  await recordSignInAttempt({ email, userId: user.id, success: true, at: NOW }, db);
  await recordSignInAttempt({ email, userId: null, success: false, at: NOW }, db);
  await upsertOAuthUser({ provider: "github", providerAccountId: `gh-${tag}-${counter}`, email, name: tag }, db);
  return { ...user, email };
}

async function rowsOf(db: Db, userId: string, email: string) {
  const where = { userId };
  return {
    users: await db.user.count({ where: { id: userId } }),
    settings: await db.userSettings.count({ where }),
    cardStates: await db.cardState.count({ where }),
    reviewLogs: await db.reviewLog.count({ where }),
    optimizations: await db.optimization.count({ where }),
    rounds: await db.interviewRound.count({ where }),
    accounts: await db.account.count({ where }),
    loginAttempts: await db.loginAttempt.count({ where: { OR: [{ userId }, { email }] } }),
  };
}

describeEachDatabase("account lifecycle", (get) => {
  it("a password change stores the new hash and the moment from which sessions count", async () => {
    const { db } = get();
    const user = await createPasswordUser({ email: uniqueEmail("pw"), name: "Pw", passwordHash: "$argon2id$old" }, db);
    expect(await findSessionUser(user.id, db)).toEqual({ user: { id: user.id, email: user.email, name: "Pw" }, sessionsValidFrom: null });
    expect(await userHasPassword(user.id, db)).toBe(true);

    expect(await changePasswordHash(user.id, "$argon2id$new", NOW, db)).toBe(true);
    expect((await findUserCredentials(user.email, db))?.passwordHash).toBe("$argon2id$new");
    expect((await findSessionUser(user.id, db))?.sessionsValidFrom).toEqual(NOW);
    expect(await changePasswordHash("no-such-user", "$argon2id$new", NOW, db)).toBe(false);
  });

  it("signing out everywhere moves the moment sessions count from, and keeps the password", async () => {
    const { db } = get();
    const user = await createPasswordUser({ email: uniqueEmail("everywhere"), name: "Ev", passwordHash: "$argon2id$kept" }, db);
    expect(await revokeSessions(user.id, NOW, db)).toBe(true);
    expect((await findSessionUser(user.id, db))?.sessionsValidFrom).toEqual(NOW);
    expect((await findUserCredentials(user.email, db))?.passwordHash).toBe("$argon2id$kept");
    expect(await revokeSessions("no-such-user", NOW, db)).toBe(false);
  });

  it("an account made through GitHub has no password", async () => {
    const { db } = get();
    const user = await upsertOAuthUser({ provider: "github", providerAccountId: `gh-only-${++counter}`, email: uniqueEmail("gh"), name: "Gh" }, db);
    expect(await userHasPassword(user.id, db)).toBe(false);
  });

  it("deleting an account removes everything it owns, and nothing of anyone else's", async () => {
    const { db } = get();
    const gone = await fullAccount(db, "gone");
    const kept = await fullAccount(db, "kept");
    const full = { users: 1, settings: 1, cardStates: 1, reviewLogs: 1, optimizations: 1, rounds: 1, accounts: 1, loginAttempts: 2 };
    expect(await rowsOf(db, gone.id, gone.email)).toEqual(full);

    expect(await deleteUserAccount(gone.id, db)).toBe(true);
    expect(await rowsOf(db, gone.id, gone.email)).toEqual({ users: 0, settings: 0, cardStates: 0, reviewLogs: 0, optimizations: 0, rounds: 0, accounts: 0, loginAttempts: 0 });
    expect(await findUserById(gone.id, db)).toBeNull();
    expect(await rowsOf(db, kept.id, kept.email)).toEqual(full);
    // Asked again (a retried request): nothing left to delete, nothing else touched.
    expect(await deleteUserAccount(gone.id, db)).toBe(false);
    expect(await rowsOf(db, kept.id, kept.email)).toEqual(full);
  });
});
