import { expect, it } from "vitest";
import { failedSignInTimes, findUserById, findUserCredentials } from "@/lib/data/users";
import { databaseReachable } from "@/lib/data/health";
import { createPasswordUser, EmailTakenError, recordSignInAttempt, upsertOAuthUser } from "@/lib/db/users";
import { migrationStatus, pendingSchemaChange, applyMigrations } from "@/lib/db/schema-engine";
import { describeEachDatabase, repoRoot } from "../support/test-db";

let counter = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now()}-${++counter}@example.test`;

describeEachDatabase("migrations", (get) => {
  it("leave the database fully migrated, and re-applying is a no-op", async () => {
    const { url } = get();
    const status = await migrationStatus(repoRoot, url);
    expect(status).toMatchObject({ applied: true, unapplied: [], failed: [], edited: [] });
    expect(await applyMigrations(repoRoot, url)).toEqual([]);
  });

  it("hold every change in the schema (no drift between schema.prisma and the history)", async () => {
    expect(await pendingSchemaChange(repoRoot, get().url)).toBe("");
  });
});

describeEachDatabase("accounts data layer", (get) => {
  it("creates a user and finds it by id and by email", async () => {
    const { db } = get();
    const email = uniqueEmail("ada");
    const user = await createPasswordUser({ email, name: "Ada", passwordHash: "$argon2id$fake" }, db);
    expect(await findUserById(user.id, db)).toEqual({ id: user.id, email, name: "Ada" });
    expect((await findUserCredentials(email, db))?.passwordHash).toBe("$argon2id$fake");
    expect(await findUserById("missing", db)).toBeNull();
  });

  it("refuses a second account for the same email, even when both sign-ups race", async () => {
    const { db } = get();
    const email = uniqueEmail("race");
    const attempts = await Promise.allSettled(
      Array.from({ length: 4 }, () => createPasswordUser({ email, name: "Racer", passwordHash: "h" }, db)),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const rejected = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(rejected).toHaveLength(3);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(EmailTakenError);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("counts only failed sign-in attempts for that email inside the window", async () => {
    const { db } = get();
    const email = uniqueEmail("throttle");
    const other = uniqueEmail("other");
    const now = Date.now();
    const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
    for (const m of [1, 2, 3]) await recordSignInAttempt({ email, userId: null, success: false, at: at(m) }, db);
    await recordSignInAttempt({ email, userId: null, success: true, at: at(0.5) }, db);
    await recordSignInAttempt({ email, userId: null, success: false, at: at(30) }, db);
    await recordSignInAttempt({ email: other, userId: null, success: false, at: at(1) }, db);
    const times = await failedSignInTimes(email, at(15), db);
    expect(times.map((t) => Math.round((now - t.getTime()) / 60_000))).toEqual([1, 2, 3]);
  });

  it("links an OAuth identity once and finds the same user again", async () => {
    const { db } = get();
    const email = uniqueEmail("gh");
    const input = { provider: "github", providerAccountId: `gh-${counter}`, email, name: "Grace" };
    const first = await upsertOAuthUser(input, db);
    const again = await upsertOAuthUser(input, db);
    expect(again.id).toBe(first.id);
    expect(await db.account.count({ where: { userId: first.id } })).toBe(1);
  });

  it("links an OAuth identity to an existing password account with the same email", async () => {
    const { db } = get();
    const email = uniqueEmail("both");
    const user = await createPasswordUser({ email, name: "Both", passwordHash: "h" }, db);
    const linked = await upsertOAuthUser({ provider: "github", providerAccountId: `gh-both-${counter}`, email, name: "B" }, db);
    expect(linked.id).toBe(user.id);
  });

  it("reports the database reachable", async () => {
    expect(await databaseReachable(get().db)).toBe(true);
  });
});
