import { expect, it } from "vitest";
import { CARD_HISTORY_LIMIT, cardStandings } from "@/lib/data/card-standing";
import { createPasswordUser } from "@/lib/db/users";
import { DEFAULT_WEIGHTS, retrievability } from "@/lib/srs";
import { describeEachDatabase } from "../support/test-db";

const DAY = 86_400_000;
const now = new Date("2026-03-01T12:00:00Z");
let counter = 0;

describeEachDatabase("card standing", (get) => {
  async function userWithCards() {
    const { db } = get();
    const user = await createPasswordUser({ email: `standing-${++counter}-${now.getTime()}@example.test`, name: "Learner", passwordHash: "h" }, db);
    const base = { userId: user.id, noteId: "cap-theorem", difficulty: 5, elapsedDays: 0, learningSteps: 0, introducedAt: new Date(now.getTime() - 30 * DAY) };
    await db.cardState.createMany({
      data: [
        { ...base, cardId: "cap-theorem:trap:a", due: new Date(now.getTime() + 3 * DAY), stability: 10, scheduledDays: 10, reps: 4, lapses: 1, state: "review", lastReview: new Date(now.getTime() - 7 * DAY) },
        { ...base, cardId: "cap-theorem:trap:b", due: new Date(now.getTime() - DAY), stability: 0.5, scheduledDays: 0, reps: 1, lapses: 0, state: "learning", lastReview: new Date(now.getTime() - 2 * DAY), suspended: true },
        { ...base, cardId: "cap-theorem:concept:main", due: now, stability: 0, scheduledDays: 0, reps: 0, lapses: 0, state: "new", lastReview: null },
        { ...base, cardId: "pacelc:trap:x", due: now, stability: 3, scheduledDays: 3, reps: 2, lapses: 0, state: "review", lastReview: now },
      ],
    });
    return user;
  }

  it("gives the user's phase, due date, lapses, suspension and recall for the cards asked", async () => {
    const user = await userWithCards();
    const ids = ["cap-theorem:trap:a", "cap-theorem:trap:b", "cap-theorem:concept:main", "cap-theorem:drill:main"];
    const standings = await cardStandings(user.id, ids, now, get().db);
    expect([...standings.keys()].sort()).toEqual(["cap-theorem:concept:main", "cap-theorem:trap:a", "cap-theorem:trap:b"]);
    const a = standings.get("cap-theorem:trap:a");
    expect(a).toMatchObject({ phase: "review", reps: 4, lapses: 1, suspended: false, stability: 10 });
    expect(a?.due.toISOString()).toBe(new Date(now.getTime() + 3 * DAY).toISOString());
    const expected = retrievability({ state: "review", stability: 10, lastReview: new Date(now.getTime() - 7 * DAY) }, now, { weights: null });
    expect(a?.retrievability).toBeCloseTo(expected, 10);
    expect(a?.retrievability).toBeGreaterThan(0.8);
    expect(a?.retrievability).toBeLessThan(1);
    expect(standings.get("cap-theorem:trap:b")).toMatchObject({ phase: "learning", suspended: true });
    expect(standings.get("cap-theorem:concept:main")).toMatchObject({ phase: "new", retrievability: 0 });
  });

  it("uses the user's own FSRS weights when they have them", async () => {
    const { db } = get();
    const user = await userWithCards();
    const weights = DEFAULT_WEIGHTS.map((w, i) => (i === 20 ? Math.min(0.8, w * 3) : w));
    await db.userSettings.create({ data: { userId: user.id, fsrsWeights: JSON.stringify(weights) } });
    const standing = (await cardStandings(user.id, ["cap-theorem:trap:a"], now, db)).get("cap-theorem:trap:a");
    const custom = retrievability({ state: "review", stability: 10, lastReview: new Date(now.getTime() - 7 * DAY) }, now, { weights });
    const standard = retrievability({ state: "review", stability: 10, lastReview: new Date(now.getTime() - 7 * DAY) }, now, { weights: null });
    expect(custom).not.toBeCloseTo(standard, 4);
    expect(standing?.retrievability).toBeCloseTo(custom, 10);
  });

  it("lists each card's answers newest first, the latest ones only past the limit, and counts them all", async () => {
    const { db } = get();
    const user = await userWithCards();
    const other = await createPasswordUser({ email: `standing-history-${++counter}@example.test`, name: "Other", passwordHash: "h" }, db);
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    const log = (userId: string, cardId: string, daysAgo: number, rating: number, extra: { state?: string; source?: string; durationMs?: number } = {}) => ({
      userId,
      cardId,
      idempotencyKey: `h-${cardId}-${daysAgo}-${Math.random().toString(36).slice(2)}`,
      rating,
      state: extra.state ?? "review",
      reviewedAt: at(daysAgo),
      durationMs: extra.durationMs ?? 4_000,
      source: extra.source ?? "review",
    });
    await db.reviewLog.createMany({
      data: [
        log(user.id, "cap-theorem:trap:a", 20, 3, { state: "new", source: "import", durationMs: 0 }),
        log(user.id, "cap-theorem:trap:a", 7, 1, { source: "interview", durationMs: 30_000 }),
        log(user.id, "cap-theorem:trap:a", 9, 4),
        log(other.id, "cap-theorem:trap:a", 1, 2),
        ...Array.from({ length: CARD_HISTORY_LIMIT + 5 }, (_, i) => log(user.id, "cap-theorem:trap:b", 40 - i, 3)),
      ],
    });
    const standings = await cardStandings(user.id, ["cap-theorem:trap:a", "cap-theorem:trap:b", "cap-theorem:concept:main"], now, db);

    const a = standings.get("cap-theorem:trap:a");
    expect(a?.answers).toBe(3);
    expect(a?.history).toEqual([
      { reviewedAt: at(7), rating: 1, phase: "review", durationMs: 30_000, source: "interview" },
      { reviewedAt: at(9), rating: 4, phase: "review", durationMs: 4_000, source: "review" },
      { reviewedAt: at(20), rating: 3, phase: "new", durationMs: 0, source: "import" },
    ]);

    const b = standings.get("cap-theorem:trap:b");
    expect(b?.answers).toBe(CARD_HISTORY_LIMIT + 5);
    expect(b?.history).toHaveLength(CARD_HISTORY_LIMIT);
    expect(b?.history[0]?.reviewedAt).toEqual(at(40 - (CARD_HISTORY_LIMIT + 4)));
    expect(b?.history.at(-1)?.reviewedAt).toEqual(at(40 - 5));

    expect(standings.get("cap-theorem:concept:main")).toMatchObject({ answers: 0, history: [] });
  });

  it("sees only this user's cards, and nothing for no ids", async () => {
    const { db } = get();
    const one = await userWithCards();
    const other = await createPasswordUser({ email: `standing-other-${++counter}@example.test`, name: "Other", passwordHash: "h" }, db);
    expect((await cardStandings(other.id, ["cap-theorem:trap:a"], now, db)).size).toBe(0);
    expect((await cardStandings(one.id, [], now, db)).size).toBe(0);
  });
});
